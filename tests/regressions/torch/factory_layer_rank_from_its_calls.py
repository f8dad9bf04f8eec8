"""Fuzz seed 384074 (torch builder): a module-level factory `make_drop2()` returning `nn.Dropout2d()`, whose Keras
layer follows its input's rank (SpatialDropout1D/2D/3D), was refused ("its Keras layer follows the input's rank,
which is not known here") at the factory's own body although its one call builds a layer applied to a Conv2d's
output: the rank of its calls (all known, all agreeing) is the factory's."""
# pivot-corpus: name=Net input_shape=2,4,8,8
import torch
import torch.nn as nn


def make_drop2():
    return nn.Dropout2d()


def make_up():
    return nn.Upsample(scale_factor=2)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 4
        for width in (8, 12):
            blocks.append(nn.Conv2d(channels, width, kernel_size=3, padding=1))
            channels = width
        self.features = nn.Sequential(*blocks)
        self.conv1 = nn.Conv2d(12, 12, kernel_size=3, padding=1)
        self.drop2 = make_drop2()
        self.up = make_up()
        self.up2 = make_up()

    def forward(self, x):
        x = self.features(x)
        x = self.drop2(self.conv1(x))
        return self.up2(self.up(x)).mean((2, 3))
