"""Issue 13: torchvision's `LayerNorm2d(nn.LayerNorm)` (forward: permute channels-last, `F.layer_norm` with its own
attributes, permute back) called directly and through `partial`, next to a (C, 1, 1) layer scale: the class stayed
PyTorch (PIV102); it is Keras's LayerNormalization of the channels-last image, its weights the base's."""
# pivot-corpus: name=Stem input_shape=2,3,16,16
from functools import partial

import torch
import torch.nn as nn
import torch.nn.functional as F


class LayerNorm2d(nn.LayerNorm):
    def forward(self, x):
        x = x.permute(0, 2, 3, 1)
        x = F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)
        x = x.permute(0, 3, 1, 2)
        return x


class Stem(nn.Module):
    def __init__(self, dim=8):
        super().__init__()
        norm = partial(LayerNorm2d, eps=1e-6)
        self.conv = nn.Conv2d(3, dim, 4, stride=4)
        self.norm1 = LayerNorm2d(dim)
        self.norm2 = norm(dim)
        self.scale = nn.Parameter(torch.randn(dim, 1, 1))
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), norm(dim), nn.Flatten(1), nn.Linear(dim, 5))

    def forward(self, x):
        x = self.norm1(self.conv(x))
        x = x + self.scale * self.norm2(x)
        return self.head(x)
