"""Naive Inception module: four parallel branches (1x1, 1x1->3x3, 1x1->5x5, maxpool->1x1) joined with
`torch.cat(outputs, 1)` where `outputs = [b1, b2, b3, b4]` is a list variable and dim is positional."""
# pivot-corpus: name=InceptionNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionA(nn.Module):
    def __init__(self, in_channels):
        super().__init__()
        self.branch1x1 = nn.Conv2d(in_channels, 8, kernel_size=1)
        self.branch5x5_1 = nn.Conv2d(in_channels, 8, kernel_size=1)
        self.branch5x5_2 = nn.Conv2d(8, 12, kernel_size=5, padding=2)
        self.branch3x3_1 = nn.Conv2d(in_channels, 8, kernel_size=1)
        self.branch3x3_2 = nn.Conv2d(8, 12, kernel_size=3, padding=1)
        self.branch_pool = nn.Conv2d(in_channels, 8, kernel_size=1)

    def forward(self, x):
        branch1x1 = self.branch1x1(x)
        branch5x5 = self.branch5x5_2(self.branch5x5_1(x))
        branch3x3 = self.branch3x3_2(self.branch3x3_1(x))
        branch_pool = F.avg_pool2d(x, kernel_size=3, stride=1, padding=1)
        branch_pool = self.branch_pool(branch_pool)
        outputs = [branch1x1, branch5x5, branch3x3, branch_pool]
        return torch.cat(outputs, 1)


class InceptionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 10, kernel_size=5)
        self.incept1 = InceptionA(10)
        self.mp = nn.MaxPool2d(2)
        self.fc = nn.Linear(40 * 7 * 7, 10)

    def forward(self, x):
        in_size = x.size(0)
        x = F.relu(self.mp(self.conv1(x)))
        x = self.incept1(x)
        x = self.mp(x)
        x = x.view(in_size, -1)
        return self.fc(x)


model = InceptionNet()
