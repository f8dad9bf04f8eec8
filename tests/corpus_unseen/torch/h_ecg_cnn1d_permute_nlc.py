"""LLM-generated style ECG classifier: input (N, L, C) permuted with `x.permute(0, 2, 1)`, three
Conv1d + BatchNorm1d + ReLU + MaxPool1d stages, `nn.AdaptiveAvgPool1d(1)`, `x.squeeze(-1)`, Linear."""
# pivot-corpus: name=ECGNet input_shape=2,187,1
import torch.nn as nn


class ECGNet(nn.Module):
    def __init__(self, in_channels=1, num_classes=5):
        super().__init__()
        self.conv1 = nn.Conv1d(in_channels, 32, kernel_size=7, padding=3)
        self.bn1 = nn.BatchNorm1d(32)
        self.conv2 = nn.Conv1d(32, 64, kernel_size=5, padding=2)
        self.bn2 = nn.BatchNorm1d(64)
        self.conv3 = nn.Conv1d(64, 128, kernel_size=3, padding=1)
        self.bn3 = nn.BatchNorm1d(128)
        self.pool = nn.MaxPool1d(2)
        self.relu = nn.ReLU(inplace=True)
        self.gap = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(128, num_classes)

    def forward(self, x):
        x = x.permute(0, 2, 1)
        x = self.pool(self.relu(self.bn1(self.conv1(x))))
        x = self.pool(self.relu(self.bn2(self.conv2(x))))
        x = self.pool(self.relu(self.bn3(self.conv3(x))))
        x = self.gap(x).squeeze(-1)
        return self.fc(x)


model = ECGNet()
