"""A CNN whose layer sizes come from constructor arguments."""
# pivot-corpus: name=ConfigurableNet input_shape=2,3,16,16
import torch
import torch.nn as nn


class ConfigurableNet(nn.Module):
    def __init__(self, in_channels=3, hidden=64, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, hidden // 2, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(hidden // 2, hidden, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Linear(hidden, hidden)
        self.fc2 = nn.Linear(hidden, num_classes)
        self.act = nn.SiLU()

    def forward(self, x):
        x = self.pool(self.act(self.conv1(x)))
        x = self.pool(self.act(self.conv2(x)))
        x = torch.flatten(self.gap(x), 1)
        x = self.act(self.fc1(x))
        return self.fc2(x)
