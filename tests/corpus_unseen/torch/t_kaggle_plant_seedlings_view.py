"""Kaggle "Plant Seedlings Classification" student notebook style: conv layers as attributes `self.conv1..3`,
`self.bn1..3`, `F.relu(self.bn1(self.conv1(x)))`, `self.pool`, then `x.view(x.size(0), -1)`, fc1/fc2 with dropout
and 12 classes."""
# pivot-corpus: name=SeedlingNet input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SeedlingNet(nn.Module):
    def __init__(self, num_classes=12):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(16)
        self.conv3 = nn.Conv2d(16, 16, 3, padding=1)
        self.bn3 = nn.BatchNorm2d(16)
        self.pool = nn.MaxPool2d(2, 2)
        self.fc1 = nn.Linear(16 * 4 * 4, 64)
        self.fc2 = nn.Linear(64, num_classes)
        self.dropout = nn.Dropout(0.5)

    def forward(self, x):
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = self.pool(F.relu(self.bn3(self.conv3(x))))
        x = x.view(x.size(0), -1)
        x = self.dropout(F.relu(self.fc1(x)))
        x = self.fc2(x)
        return x


model = SeedlingNet()
