"""Issue 10: a Sequential a function of the file returns (flatten, dense), called on an image in forward: the
function was never told its input is an image, Keras flattened channels-last with PyTorch's weights (exit 0, NOT
equivalent, max_abs_diff 0.279). Its callers now tell its rank, and a flatten of an image of unknown sizes keeps
PyTorch's order."""
# pivot-corpus: name=Net input_shape=2,3,4,4
import torch
from torch import nn


def head():
    return nn.Sequential(nn.Flatten(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, kernel_size=3, padding=1)
        self.head = head()

    def forward(self, x):
        return self.head(self.conv(x))
