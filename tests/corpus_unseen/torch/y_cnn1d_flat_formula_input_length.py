"""Imitates a Claude answer to "Write a PyTorch model class for vibration-fault diagnosis, input shape
(N, 1, 256), output (N, 4)": strided Conv1d layers (`stride=2`) and MaxPool1d, the flattened size computed in
__init__ from an `input_length` argument (`32 * (input_length // 16)`), `x.view(x.size(0), -1)` and
`F.log_softmax(x, dim=1)`."""
# pivot-corpus: name=FaultCNN1D input_shape=2,1,256
import torch
import torch.nn as nn
import torch.nn.functional as F


class FaultCNN1D(nn.Module):
    def __init__(self, input_length: int = 256, in_channels: int = 1, num_classes: int = 4):
        super().__init__()
        self.conv1 = nn.Conv1d(in_channels, 16, kernel_size=4, stride=2, padding=1)
        self.bn1 = nn.BatchNorm1d(16)
        self.conv2 = nn.Conv1d(16, 32, kernel_size=4, stride=2, padding=1)
        self.bn2 = nn.BatchNorm1d(32)
        self.pool = nn.MaxPool1d(2)
        self.flat_dim = 32 * (input_length // 16)
        self.fc1 = nn.Linear(self.flat_dim, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = x.view(x.size(0), -1)
        x = F.relu(self.fc1(x))
        x = self.fc2(x)
        return F.log_softmax(x, dim=1)
