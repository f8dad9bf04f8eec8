"""d2l.ai LeNet, current edition: lazy layers (nn.LazyConv2d, nn.LazyLinear) that infer their input sizes."""
# pivot-corpus: name=LeNet input_shape=2,1,28,28
import torch
from torch import nn


class LeNet(nn.Module):
    """The LeNet-5 model."""
    def __init__(self, num_classes=10):
        super().__init__()
        self.net = nn.Sequential(
            nn.LazyConv2d(6, kernel_size=5, padding=2), nn.Sigmoid(),
            nn.AvgPool2d(kernel_size=2, stride=2),
            nn.LazyConv2d(16, kernel_size=5), nn.Sigmoid(),
            nn.AvgPool2d(kernel_size=2, stride=2),
            nn.Flatten(),
            nn.LazyLinear(120), nn.Sigmoid(),
            nn.LazyLinear(84), nn.Sigmoid(),
            nn.LazyLinear(num_classes))

    def forward(self, X):
        return self.net(X)
