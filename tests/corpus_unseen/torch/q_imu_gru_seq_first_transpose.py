"""LLM-generated style ("PyTorch GRU for IMU gesture recognition"): `nn.GRU(batch_first=False)` fed with
`x.transpose(0, 1)`, an explicit `h0 = torch.zeros(..., device=x.device)`, `num_layers` from the constructor and
the last output step `out[-1]`."""
# pivot-corpus: name=IMUGestureGRU input_shape=3,50,6
import torch
import torch.nn as nn


class IMUGestureGRU(nn.Module):
    def __init__(self, input_dim=6, hidden_dim=32, num_layers=2, num_classes=8, dropout=0.2):
        super(IMUGestureGRU, self).__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.gru = nn.GRU(input_dim, hidden_dim, num_layers=num_layers, dropout=dropout)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        # x: (batch, seq_len, features) -> (seq_len, batch, features)
        x = x.transpose(0, 1)
        h0 = torch.zeros(self.num_layers, x.size(1), self.hidden_dim, device=x.device)
        out, _ = self.gru(x, h0)
        return self.fc(out[-1])


model = IMUGestureGRU()
