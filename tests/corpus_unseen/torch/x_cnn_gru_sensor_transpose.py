"""LLM-generated style (ChatGPT, "Generate a PyTorch model: CNN-GRU for wearable sensor activity recognition"):
input (batch, time, channels) transposed with `x.transpose(1, 2)` for Conv1d, two conv blocks, transposed back,
a GRU, and `hidden.squeeze(0)` of the final state into the classifier."""
# pivot-corpus: name=CNNGRU input_shape=2,32,6
import torch
import torch.nn as nn
import torch.nn.functional as F


class CNNGRU(nn.Module):
    def __init__(self, n_channels=6, n_classes=6, conv_channels=16, gru_hidden=24):
        super(CNNGRU, self).__init__()
        self.conv1 = nn.Conv1d(n_channels, conv_channels, kernel_size=5, padding=2)
        self.bn1 = nn.BatchNorm1d(conv_channels)
        self.conv2 = nn.Conv1d(conv_channels, conv_channels, kernel_size=5, padding=2)
        self.bn2 = nn.BatchNorm1d(conv_channels)
        self.pool = nn.MaxPool1d(2)
        self.gru = nn.GRU(conv_channels, gru_hidden, batch_first=True)
        self.fc = nn.Linear(gru_hidden, n_classes)

    def forward(self, x):
        x = x.transpose(1, 2)
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.pool(F.relu(self.bn2(self.conv2(x))))
        x = x.transpose(1, 2)
        _, hidden = self.gru(x)
        return self.fc(hidden.squeeze(0))
