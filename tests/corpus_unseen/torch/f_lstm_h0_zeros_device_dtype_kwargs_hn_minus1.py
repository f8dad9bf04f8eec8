"""LLM-generated style (prompt: "device-agnostic LSTM classifier; create the initial states on the input's device
and dtype; input (N, T, F)"): `torch.zeros(self.num_layers, x.size(0), self.hidden_size, device=x.device,
dtype=x.dtype)` for h0 and c0, `_, (hn, _) = self.lstm(x, (h0, c0))` and `hn[-1]` through BatchNorm1d to the
head."""
# pivot-corpus: name=DeviceLSTM input_shape=4,32,6
import torch
import torch.nn as nn


class DeviceLSTM(nn.Module):
    def __init__(self, input_size=6, hidden_size=40, num_layers=3, num_classes=3):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, dropout=0.25)
        self.bn = nn.BatchNorm1d(hidden_size)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size, device=x.device, dtype=x.dtype)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size, device=x.device, dtype=x.dtype)
        _, (hn, _) = self.lstm(x, (h0, c0))
        return self.fc(self.bn(hn[-1]))
