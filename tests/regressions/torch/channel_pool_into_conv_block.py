"""Issue 13 (fl1): CBAM's ChannelPool (`torch.cat((torch.max(x, 1)[0].unsqueeze(1), torch.mean(x, 1).unsqueeze(1)),
dim=1)`, an image-rank value that is no image in Pivot's analysis: channels-first in Keras too) given to a module of
the file whose first conv reads a channels-first image: named (was exit 0, then a Keras shape error)."""
# pivot-corpus: name=SpatialGate input_shape=2,3,8,8 input_dtype=float32
import torch
import torch.nn as nn


class ChannelPool(nn.Module):
    def forward(self, x):
        return torch.cat((torch.max(x, 1)[0].unsqueeze(1), torch.mean(x, 1).unsqueeze(1)), dim=1)


class BasicConv(nn.Module):
    def __init__(self, cin, cout, k):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, k, padding=k // 2)

    def forward(self, x):
        return self.conv(x)


class SpatialGate(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 4, 3, padding=1)
        self.compress = ChannelPool()
        self.spatial = BasicConv(2, 1, 7)

    def forward(self, x):
        x = self.stem(x)
        return x * torch.sigmoid(self.spatial(self.compress(x)))
