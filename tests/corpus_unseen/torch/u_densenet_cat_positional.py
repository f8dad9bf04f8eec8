"""DenseNet-BC style bottleneck layers: `out = torch.cat([out, x], 1)` with a positional dim inside a
layer, layers built by a loop of `nn.Sequential.add_module(f"denselayer{i}", ...)`, transition with
AvgPool2d."""
# pivot-corpus: name=TinyDenseNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class Bottleneck(nn.Module):
    def __init__(self, in_planes, growth_rate):
        super().__init__()
        self.bn1 = nn.BatchNorm2d(in_planes)
        self.conv1 = nn.Conv2d(in_planes, 4 * growth_rate, kernel_size=1, bias=False)
        self.bn2 = nn.BatchNorm2d(4 * growth_rate)
        self.conv2 = nn.Conv2d(4 * growth_rate, growth_rate, kernel_size=3, padding=1, bias=False)

    def forward(self, x):
        out = self.conv1(F.relu(self.bn1(x)))
        out = self.conv2(F.relu(self.bn2(out)))
        out = torch.cat([out, x], 1)
        return out


class TinyDenseNet(nn.Module):
    def __init__(self, growth_rate=8, n_layers=3, num_classes=10):
        super().__init__()
        planes = 2 * growth_rate
        self.conv1 = nn.Conv2d(3, planes, kernel_size=3, padding=1, bias=False)
        self.dense = nn.Sequential()
        for i in range(n_layers):
            self.dense.add_module(f"denselayer{i}", Bottleneck(planes, growth_rate))
            planes += growth_rate
        self.trans = nn.Sequential(nn.BatchNorm2d(planes), nn.ReLU(), nn.Conv2d(planes, planes // 2, 1),
                                   nn.AvgPool2d(2))
        self.bn = nn.BatchNorm2d(planes // 2)
        self.linear = nn.Linear(planes // 2, num_classes)

    def forward(self, x):
        out = self.conv1(x)
        out = self.dense(out)
        out = self.trans(out)
        out = F.adaptive_avg_pool2d(F.relu(self.bn(out)), (1, 1))
        out = out.view(out.size(0), -1)
        return self.linear(out)


model = TinyDenseNet()
