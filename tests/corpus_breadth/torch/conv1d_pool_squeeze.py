"""A 1-D CNN for signals, as LLM-written models often are: global average pooling to length 1, then
`.squeeze(-1)` before the classifier (the length axis is last in PyTorch, not in Keras)."""
# pivot-corpus: name=SignalCNN input_shape=2,4,64 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SignalCNN(nn.Module):
    def __init__(self, in_channels=4, num_classes=5):
        super().__init__()
        self.conv1 = nn.Conv1d(in_channels, 16, kernel_size=5, padding=2)
        self.bn1 = nn.BatchNorm1d(16)
        self.conv2 = nn.Conv1d(16, 32, kernel_size=3, padding=1)
        self.pool = nn.AdaptiveAvgPool1d(1)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.conv2(x))
        x = self.pool(x).squeeze(-1)
        return self.fc(x)
