"""ShuffleNet-style channel shuffle in a helper function: `x.view(b, groups, c // groups, h, w)`,
`torch.transpose(x, 1, 2).contiguous()`, `x.view(b, -1, h, w)` between grouped 1x1 convs."""
# pivot-corpus: name=ShuffleNetTiny input_shape=2,3,16,16
import torch
import torch.nn as nn


def channel_shuffle(x, groups):
    batchsize, num_channels, height, width = x.size()
    channels_per_group = num_channels // groups
    x = x.view(batchsize, groups, channels_per_group, height, width)
    x = torch.transpose(x, 1, 2).contiguous()
    x = x.view(batchsize, -1, height, width)
    return x


class ShuffleNetTiny(nn.Module):
    def __init__(self, groups=2, num_classes=4):
        super().__init__()
        self.groups = groups
        self.stem = nn.Conv2d(3, 8, 3, padding=1)
        self.gconv1 = nn.Conv2d(8, 8, 1, groups=groups)
        self.dw = nn.Conv2d(8, 8, 3, padding=1, groups=8)
        self.gconv2 = nn.Conv2d(8, 16, 1, groups=groups)
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x):
        x = torch.relu(self.stem(x))
        x = torch.relu(self.gconv1(x))
        x = channel_shuffle(x, self.groups)
        x = self.dw(x)
        x = torch.relu(self.gconv2(x))
        x = x.mean([2, 3])
        return self.fc(x)


model = ShuffleNetTiny()
