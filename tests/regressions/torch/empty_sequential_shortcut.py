"""Issue 10: a residual block whose shortcut is an empty nn.Sequential() (an identity)."""
# pivot-corpus: name=Block input_shape=2,4,8,8 input_dtype=float32
import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(4, 4, 3, padding=1)
        self.shortcut = nn.Sequential()

    def forward(self, x):
        return nn.functional.relu(self.conv(x) + self.shortcut(x))
