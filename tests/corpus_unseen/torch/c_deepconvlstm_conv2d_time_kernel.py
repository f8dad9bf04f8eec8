"""LLM-generated style (prompt: "Write DeepConvLSTM in PyTorch for wearable sensor activity recognition; input shape
(N, 1, T, S) with S sensor channels"): Conv2d with kernels `(5, 1)` along time only, then
`x.permute(0, 2, 1, 3)` and `x.reshape(x.size(0), x.size(1), -1)` to (N, T', filters * S), a two-layer LSTM and
`out[:, -1, :]`."""
# pivot-corpus: name=DeepConvLSTM input_shape=2,1,24,6
import torch.nn as nn
import torch.nn.functional as F


class DeepConvLSTM(nn.Module):
    def __init__(self, n_sensors=6, n_classes=5, filters=16, hidden=32):
        super().__init__()
        self.conv1 = nn.Conv2d(1, filters, (5, 1))
        self.conv2 = nn.Conv2d(filters, filters, (5, 1))
        self.lstm = nn.LSTM(filters * n_sensors, hidden, num_layers=2, batch_first=True)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))           # (N, filters, T', S)
        x = x.permute(0, 2, 1, 3)           # (N, T', filters, S)
        x = x.reshape(x.size(0), x.size(1), -1)
        out, _ = self.lstm(x)
        out = self.dropout(out[:, -1, :])
        return self.fc(out)
