"""LLM-generated style CNN-GRU hybrid for sensor sequences: x.transpose(1, 2) into Conv1d, back with
x.transpose(1, 2) into a batch_first GRU, last time step into the classifier."""
# pivot-corpus: name=CNNGRU input_shape=2,40,9
import torch
import torch.nn as nn
import torch.nn.functional as F


class CNNGRU(nn.Module):
    def __init__(self, input_channels=9, conv_channels=32, hidden_size=24, num_classes=6):
        super(CNNGRU, self).__init__()
        self.conv = nn.Conv1d(input_channels, conv_channels, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm1d(conv_channels)
        self.pool = nn.MaxPool1d(2)
        self.gru = nn.GRU(conv_channels, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        x = x.transpose(1, 2)
        x = self.pool(F.relu(self.bn(self.conv(x))))
        x = x.transpose(1, 2)
        out, h = self.gru(x)
        return self.fc(out[:, -1, :])


model = CNNGRU()
