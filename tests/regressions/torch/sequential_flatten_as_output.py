"""A Sequential ending in nn.Flatten whose features are the model's output (an embedding network), as an
attribute of a model and as a module-level Sequential: the Keras flatten keeps PyTorch's channels-first order."""
# pivot-corpus: name=Embed input_shape=2,3,8,8 input_dtype=float32
import torch.nn as nn


class Embed(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())

    def forward(self, x):
        return self.net(x)


embed = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Flatten())
