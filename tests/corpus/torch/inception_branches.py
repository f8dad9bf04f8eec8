"""An Inception-style network: four parallel branches concatenated along the channel axis."""
# pivot-corpus: name=InceptionNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.stem = nn.Conv2d(3, 32, kernel_size=3, padding=1)
        self.stem_pool = nn.MaxPool2d(2)

        # branch 1: 1x1
        self.branch1 = nn.Conv2d(32, 16, kernel_size=1)
        # branch 2: 1x1 reduce then 3x3
        self.branch2_reduce = nn.Conv2d(32, 16, kernel_size=1)
        self.branch2 = nn.Conv2d(16, 24, kernel_size=3, padding=1)
        # branch 3: 1x1 reduce then a dilated 3x3 (5x5 receptive field)
        self.branch3_reduce = nn.Conv2d(32, 8, kernel_size=1)
        self.branch3 = nn.Conv2d(8, 8, kernel_size=3, padding=2, dilation=2)
        # branch 4: 3x3 max pool then 1x1
        self.branch4_pool = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
        self.branch4 = nn.Conv2d(32, 16, kernel_size=1)

        self.pool = nn.AdaptiveAvgPool2d(1)
        self.dropout = nn.Dropout(0.2)
        self.fc = nn.Linear(16 + 24 + 8 + 16, num_classes)

    def forward(self, x):
        x = self.stem_pool(F.relu(self.stem(x)))
        b1 = F.relu(self.branch1(x))
        b2 = F.relu(self.branch2(F.relu(self.branch2_reduce(x))))
        b3 = F.relu(self.branch3(F.relu(self.branch3_reduce(x))))
        b4 = F.relu(self.branch4(self.branch4_pool(x)))
        x = torch.cat([b1, b2, b3, b4], dim=1)
        x = self.pool(x)
        x = torch.flatten(x, 1)
        x = self.dropout(x)
        return self.fc(x)
