"""LLM-generated style univariate forecaster taking (batch, seq_len): `x = x.unsqueeze(-1)` adds the feature
axis, a 2-layer GRU, the prediction from `out[:, -1, :]` squeezed to (batch,) with `.squeeze(-1)`."""
# pivot-corpus: name=UnivariateGRU input_shape=2,48
import torch
import torch.nn as nn


class UnivariateGRU(nn.Module):
    def __init__(self, hidden_size: int = 32, num_layers: int = 2, dropout: float = 0.1):
        super().__init__()
        self.gru = nn.GRU(input_size=1, hidden_size=hidden_size, num_layers=num_layers,
                          batch_first=True, dropout=dropout)
        self.linear = nn.Linear(hidden_size, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.unsqueeze(-1)                 # (B, T) -> (B, T, 1)
        out, _ = self.gru(x)                # (B, T, H)
        y = self.linear(out[:, -1, :])      # (B, 1)
        return y.squeeze(-1)                # (B,)


model = UnivariateGRU()
