"""Imitates a GPT-4 answer to "Write a PyTorch model class for keyword spotting on log-mel spectrograms, input
shape (N, 40, 32) (mel bins x frames), output (N, 12)": `x = x.unsqueeze(1)` to (N, 1, 40, 32), Conv2d blocks
with `nn.MaxPool2d((2, 2))`, then `torch.max(x, dim=3).values` over time and `x.mean(dim=2)` over frequency."""
# pivot-corpus: name=KWSNet input_shape=2,40,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class KWSNet(nn.Module):
    def __init__(self, n_mels: int = 40, num_classes: int = 12):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm2d(16)
        self.conv2 = nn.Conv2d(16, 32, kernel_size=3, padding=1)
        self.bn2 = nn.BatchNorm2d(32)
        self.pool = nn.MaxPool2d((2, 2))
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.unsqueeze(1)
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = torch.max(x, dim=3).values
        x = x.mean(dim=2)
        return self.fc(x)
