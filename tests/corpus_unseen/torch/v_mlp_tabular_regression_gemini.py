"""Imitates a Gemini answer to "an MLP for tabular regression (house prices)": layers collected in a Python
list and wrapped in `nn.Sequential(*layers)`, `nn.LayerNorm` on features, `nn.GELU()`, a single output
squeezed with `.squeeze(-1)` so the prediction has shape (batch,)."""
# pivot-corpus: name=TabularRegressor input_shape=8,13
import torch
import torch.nn as nn


class TabularRegressor(nn.Module):
    def __init__(self, num_features: int = 13, hidden_sizes=(128, 64), dropout: float = 0.2):
        super().__init__()
        layers = []
        in_size = num_features
        for h in hidden_sizes:
            layers += [nn.Linear(in_size, h), nn.LayerNorm(h), nn.GELU(), nn.Dropout(dropout)]
            in_size = h
        layers.append(nn.Linear(in_size, 1))
        self.net = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x).squeeze(-1)


model = TabularRegressor()
