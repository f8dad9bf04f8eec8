"""Submodules called through their forward by name (`self.conv_reduce.forward(x)`, as prlz77/ResNeXt.pytorch
writes every call): the same as calling the module. It was a PIV102 per call ("not an op Pivot knows"); the
Keras model calls its layers."""
# pivot-corpus: name=ForwardByName input_shape=2,3,8,8
import torch.nn as nn
import torch.nn.functional as F


class ForwardByName(nn.Module):
    def __init__(self):
        super(ForwardByName, self).__init__()
        self.conv_reduce = nn.Conv2d(3, 8, kernel_size=1, bias=False)
        self.bn_reduce = nn.BatchNorm2d(8)
        self.shortcut = nn.Sequential(nn.Conv2d(3, 8, kernel_size=1, bias=False), nn.BatchNorm2d(8))
        self.classifier = nn.Linear(8, 4)

    def forward(self, x):
        bottleneck = self.conv_reduce.forward(x)
        bottleneck = F.relu(self.bn_reduce.forward(bottleneck), inplace=True)
        residual = self.shortcut.forward(x)
        x = F.relu(residual + bottleneck, inplace=True)
        x = F.avg_pool2d(x, 8, 1)
        x = x.view(-1, 8)
        return self.classifier.forward(x)
