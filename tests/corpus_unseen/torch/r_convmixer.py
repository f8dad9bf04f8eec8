"""Imitates locuslab/convmixer convmixer.py (Patches Are All You Need?, 2022): `class Residual(nn.Module)` wrapping
`fn` and returning `self.fn(x) + x`, a `ConvMixer(dim, depth, kernel_size, patch_size, n_classes)` builder function
returning one nn.Sequential with a starred list comprehension, `padding="same"` depthwise convs, GELU, BatchNorm,
`nn.AdaptiveAvgPool2d((1,1))` and `nn.Flatten()`. Sizes reduced."""
# pivot-corpus: name=ConvMixer input_shape=2,3,32,32
import torch.nn as nn


class Residual(nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, x):
        return self.fn(x) + x


def ConvMixer(dim=32, depth=2, kernel_size=5, patch_size=4, n_classes=10):
    return nn.Sequential(
        nn.Conv2d(3, dim, kernel_size=patch_size, stride=patch_size),
        nn.GELU(),
        nn.BatchNorm2d(dim),
        *[nn.Sequential(
                Residual(nn.Sequential(
                    nn.Conv2d(dim, dim, kernel_size, groups=dim, padding="same"),
                    nn.GELU(),
                    nn.BatchNorm2d(dim)
                )),
                nn.Conv2d(dim, dim, kernel_size=1),
                nn.GELU(),
                nn.BatchNorm2d(dim)
        ) for i in range(depth)],
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten(),
        nn.Linear(dim, n_classes)
    )
