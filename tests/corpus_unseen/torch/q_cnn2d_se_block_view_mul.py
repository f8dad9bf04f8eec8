"""LLM-generated style ("CNN with squeeze-and-excitation for plant disease images"): an SEBlock computing
`y = F.adaptive_avg_pool2d(x, 1).view(b, c)`, `self.fc(y).view(b, c, 1, 1)`, `x * y.expand_as(x)` with
`b, c, _, _ = x.size()`."""
# pivot-corpus: name=SECNN input_shape=2,3,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SEBlock(nn.Module):
    def __init__(self, channels, reduction=4):
        super().__init__()
        self.fc = nn.Sequential(
            nn.Linear(channels, channels // reduction, bias=False),
            nn.ReLU(inplace=True),
            nn.Linear(channels // reduction, channels, bias=False),
            nn.Sigmoid(),
        )

    def forward(self, x):
        b, c, _, _ = x.size()
        y = F.adaptive_avg_pool2d(x, 1).view(b, c)
        y = self.fc(y).view(b, c, 1, 1)
        return x * y.expand_as(x)


class SECNN(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1)
        self.se1 = SEBlock(16)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.se2 = SEBlock(32)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(32 * 8 * 8, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.se1(self.conv1(x))))
        x = self.pool(F.relu(self.se2(self.conv2(x))))
        x = x.view(-1, 32 * 8 * 8)
        return self.fc(x)


model = SECNN()
