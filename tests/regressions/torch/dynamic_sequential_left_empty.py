"""g14 (prlz77's CIFAR ResNeXt bottleneck): `self.shortcut = nn.Sequential()` then, only `if in_channels !=
out_channels:`, `self.shortcut.add_module(...)`: where nothing is added, Keras got `keras.Sequential([])`, which it
cannot call (exit 0, then "Sequential model ... cannot be built because it has no layers"). The Keras Sequential
now starts with an identity (no weights), the modules added after it."""
# pivot-corpus: name=Net input_shape=2,4,8,8
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, 3, stride, 1, bias=False)
        self.bn = nn.BatchNorm2d(out_channels)
        self.shortcut = nn.Sequential()
        if in_channels != out_channels:
            self.shortcut.add_module('shortcut_conv', nn.Conv2d(in_channels, out_channels, 1, stride, bias=False))
            self.shortcut.add_module('shortcut_bn', nn.BatchNorm2d(out_channels))

    def forward(self, x):
        return F.relu(self.bn(self.conv(x)) + self.shortcut.forward(x))


class Net(nn.Module):
    def __init__(self, num_classes=3):
        super().__init__()
        self.same = Block(4, 4)
        self.wider = Block(4, 8, 2)
        self.fc = nn.Linear(8, num_classes)

    def forward(self, x):
        x = self.wider(self.same(x))
        return self.fc(x.mean((2, 3)))
