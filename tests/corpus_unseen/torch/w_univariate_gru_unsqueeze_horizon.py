"""LLM-generated style (ChatGPT, "a GRU that forecasts the next 5 values of a univariate series"): the (N, L) series
gets `x.unsqueeze(-1)`, a GRU, the last step `out[:, -1, :]` to a Linear of `horizon` outputs."""
# pivot-corpus: name=UnivariateGRUForecaster input_shape=2,24
import torch
import torch.nn as nn


class UnivariateGRUForecaster(nn.Module):
    def __init__(self, hidden_size: int = 32, num_layers: int = 1, horizon: int = 5):
        super().__init__()
        self.gru = nn.GRU(input_size=1, hidden_size=hidden_size, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, horizon)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # x: (batch, seq_len) -> (batch, seq_len, 1)
        x = x.unsqueeze(-1)
        out, _ = self.gru(x)
        return self.fc(out[:, -1, :])
