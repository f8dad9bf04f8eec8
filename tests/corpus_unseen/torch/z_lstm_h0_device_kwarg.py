"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for predictive maintenance (remaining
useful life); input shape (N, T, F)"): `h0`/`c0` made with `torch.zeros(..., device=x.device)` and passed as a
tuple."""
# pivot-corpus: name=RULLSTM input_shape=4,30,14
import torch
import torch.nn as nn


class RULLSTM(nn.Module):
    def __init__(self, n_sensors=14, hidden_size=32, num_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(n_sensors, hidden_size, num_layers, batch_first=True, dropout=0.1)
        self.regressor = nn.Sequential(nn.Linear(hidden_size, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, x):
        batch_size = x.size(0)
        h0 = torch.zeros(self.num_layers, batch_size, self.hidden_size, device=x.device)
        c0 = torch.zeros(self.num_layers, batch_size, self.hidden_size, device=x.device)
        out, (hn, cn) = self.lstm(x, (h0, c0))
        return self.regressor(out[:, -1, :])
