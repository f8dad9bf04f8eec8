"""A 1-D CNN over raw signals of shape (batch, length), as LLM-written models take them: `x.unsqueeze(1)`
makes the one-channel image the first Conv1d reads (in Keras the channel axis is the last), global max
pooling is undone with a bare `.squeeze()`, and the head L2-normalizes its features."""
# pivot-corpus: name=SignalNet input_shape=2,64 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class SignalNet(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.conv1 = nn.Conv1d(1, 8, kernel_size=7, padding=3)
        self.bn1 = nn.BatchNorm1d(8)
        self.conv2 = nn.Conv1d(8, 16, kernel_size=5, stride=2, padding=2)
        self.pool = nn.AdaptiveMaxPool1d(1)
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x):
        x = x.unsqueeze(1)                      # (batch, 1, length)
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.relu(self.conv2(x))
        x = self.pool(x).squeeze()              # (batch, 16)
        x = x / x.norm(p=2, dim=1, keepdim=True)
        return self.fc(x)
