"""A 1-D convolutional classifier for short multichannel sequences (e.g. sensor signals)."""
# pivot-corpus: name=SignalCNN input_shape=2,4,64
import torch
import torch.nn as nn
import torch.nn.functional as F


class SignalCNN(nn.Module):
    """Input is (batch, channels, length) = (N, 4, 64)."""

    def __init__(self, in_channels=4, num_classes=5):
        super().__init__()
        self.conv1 = nn.Conv1d(in_channels, 16, kernel_size=5, padding=2)
        self.bn1 = nn.BatchNorm1d(16)
        self.pool1 = nn.MaxPool1d(kernel_size=2)          # 64 -> 32
        self.conv2 = nn.Conv1d(16, 32, kernel_size=3, padding=2, dilation=2)
        self.bn2 = nn.BatchNorm1d(32)
        self.pool2 = nn.AvgPool1d(kernel_size=4, stride=4)  # 32 -> 8
        self.fc = nn.Linear(32 * 8, num_classes)

    def forward(self, x):
        x = self.pool1(F.relu(self.bn1(self.conv1(x))))
        x = self.pool2(F.elu(self.bn2(self.conv2(x))))
        x = torch.flatten(x, 1)
        return self.fc(x)
