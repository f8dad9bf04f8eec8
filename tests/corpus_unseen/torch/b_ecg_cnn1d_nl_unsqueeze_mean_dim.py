"""LLM-generated style (ChatGPT, "Write a PyTorch model class for single-lead ECG beat classification, input
shape (N, 187)"): the raw signal `(N, L)` is given a channel with `x.unsqueeze(1)`, three Conv1d/BatchNorm1d/ReLU
blocks written out one by one, a global average spelled `torch.mean(x, dim=-1)` and a two-layer head."""
# pivot-corpus: name=ECGBeatClassifier input_shape=4,187
import torch
import torch.nn as nn
import torch.nn.functional as F


class ECGBeatClassifier(nn.Module):
    """1D CNN for ECG heartbeat classification (MIT-BIH, 5 classes)."""

    def __init__(self, num_classes: int = 5):
        super(ECGBeatClassifier, self).__init__()
        self.conv1 = nn.Conv1d(1, 32, kernel_size=7, padding=3)
        self.bn1 = nn.BatchNorm1d(32)
        self.conv2 = nn.Conv1d(32, 64, kernel_size=5, padding=2)
        self.bn2 = nn.BatchNorm1d(64)
        self.conv3 = nn.Conv1d(64, 128, kernel_size=3, padding=1)
        self.bn3 = nn.BatchNorm1d(128)
        self.pool = nn.MaxPool1d(kernel_size=2, stride=2)
        self.fc1 = nn.Linear(128, 64)
        self.dropout = nn.Dropout(0.3)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x):
        # x: (batch_size, seq_len) -> (batch_size, 1, seq_len)
        x = x.unsqueeze(1)
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = F.relu(self.bn3(self.conv3(x)))
        # Global average pooling over the time dimension
        x = torch.mean(x, dim=-1)
        x = F.relu(self.fc1(x))
        x = self.dropout(x)
        return self.fc2(x)


if __name__ == "__main__":
    model = ECGBeatClassifier()
    dummy = torch.randn(8, 187)
    out = model(dummy)
    print(out.shape)  # torch.Size([8, 5])
