"""Imitates a Mistral answer to "Write a PyTorch model class for human-activity recognition from accelerometer
windows, input shape (N, 9, 64), output (N, 6)": attributes conv1..conv3 with `F.relu`, `nn.AdaptiveAvgPool1d(1)`
then `x.view(x.size(0), -1)`, dropout and a Linear."""
# pivot-corpus: name=HARConvNet input_shape=3,9,64
import torch
import torch.nn as nn
import torch.nn.functional as F


class HARConvNet(nn.Module):
    def __init__(self, num_channels=9, num_classes=6):
        super(HARConvNet, self).__init__()
        self.conv1 = nn.Conv1d(num_channels, 32, kernel_size=3, padding=1)
        self.conv2 = nn.Conv1d(32, 64, kernel_size=3, padding=1)
        self.conv3 = nn.Conv1d(64, 64, kernel_size=3, padding=1)
        self.pool = nn.MaxPool1d(kernel_size=2)
        self.gap = nn.AdaptiveAvgPool1d(1)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = F.relu(self.conv3(x))
        x = self.gap(x)
        x = x.view(x.size(0), -1)
        x = self.dropout(x)
        return self.fc(x)
