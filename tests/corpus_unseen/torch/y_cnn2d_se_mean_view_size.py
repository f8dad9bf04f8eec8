"""Imitates a Claude answer to "Write a PyTorch model class for an image classifier with squeeze-and-excitation,
input shape (N, 3, 24, 24), output (N, 7)": an `SEBlock` with `b, c = x.size(0), x.size(1)`,
`y = x.mean((2, 3))`, two Linear layers and `y.view(b, c, 1, 1)` multiplied with the input."""
# pivot-corpus: name=SEConvNet input_shape=2,3,24,24
import torch
import torch.nn as nn


class SEBlock(nn.Module):
    def __init__(self, channels: int, reduction: int = 4):
        super().__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c = x.size(0), x.size(1)
        y = x.mean((2, 3))
        y = torch.relu(self.fc1(y))
        y = torch.sigmoid(self.fc2(y))
        return x * y.view(b, c, 1, 1)


class SEConvNet(nn.Module):
    def __init__(self, in_channels: int = 3, num_classes: int = 7):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, 16, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(16)
        self.se1 = SEBlock(16)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(32)
        self.se2 = SEBlock(32)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.pool(self.se1(torch.relu(self.bn1(self.conv1(x)))))
        x = self.pool(self.se2(torch.relu(self.bn2(self.conv2(x)))))
        x = x.mean(dim=(2, 3))
        return self.fc(x)
