"""Imitates a Mistral answer to "a CNN with global max pooling written by hand": `b, c, h, w = x.shape`,
`x.view(b, c, h * w)`, `x, _ = torch.max(x, dim=2)` (values and indices unpacked), `nn.SELU` activations."""
# pivot-corpus: name=GMPNet input_shape=2,3,24,24
import torch
import torch.nn as nn


class GMPNet(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.act = nn.SELU()
        self.pool = nn.MaxPool2d(2)
        self.out = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.pool(self.act(self.conv1(x)))
        x = self.act(self.conv2(x))
        b, c, h, w = x.shape
        x = x.view(b, c, h * w)
        x, _ = torch.max(x, dim=2)
        return self.out(x)
