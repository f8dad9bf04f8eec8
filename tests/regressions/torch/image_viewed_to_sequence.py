"""Issue 13: a PyTorch reshape of an image into a value that is not one (`x.view(n, c, -1)`: the positions of
each channel, read by a Linear over positions; `x.reshape(n, -1, 2)`) was PIV105 "reshapes an
image-like tensor": Keras's image is moved to PyTorch's channels-first order first, then reshaped the same way."""
# pivot-corpus: name=PositionsMLP input_shape=2,3,8,8
import torch.nn as nn


class PositionsMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.over_positions = nn.Linear(16, 5)
        self.head = nn.Linear(2, 3)

    def forward(self, x):
        x = self.pool(self.conv(x))
        n, c, h, w = x.size()
        a = self.over_positions(x.view(n, c, -1))
        b = self.head(x.reshape(n, -1, 2))
        return a.sum(dim=2) + b.sum(dim=1).sum(dim=1, keepdim=True)
