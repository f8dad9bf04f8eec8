"""LLM-generated style (prompt: "LSTM time-series forecaster predicting the next 12 steps of a univariate series,
input (N, T, 1), output (N, horizon, 1)"): `nn.Linear(hidden_size, horizon)` of the last layer's final state
`h_n[-1]`, then `.unsqueeze(-1)` so the output has a feature axis like the input."""
# pivot-corpus: name=LSTMForecaster input_shape=4,48,1
import torch.nn as nn


class LSTMForecaster(nn.Module):
    def __init__(self, input_size=1, hidden_size=64, num_layers=2, horizon=12, dropout=0.1):
        super().__init__()
        self.horizon = horizon
        self.lstm = nn.LSTM(
            input_size=input_size,
            hidden_size=hidden_size,
            num_layers=num_layers,
            batch_first=True,
            dropout=dropout if num_layers > 1 else 0.0,
        )
        self.head = nn.Linear(hidden_size, horizon)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        y = self.head(h_n[-1])  # (N, horizon)
        return y.unsqueeze(-1)  # (N, horizon, 1)
