"""Imitates a Claude answer to "a configurable MLP with hidden_dims, dropout, activation and use_batchnorm":
`self.layers = nn.ModuleList()` filled in a loop, activation chosen from a string by if/elif, forward loops
over the ModuleList; the output layer is separate."""
# pivot-corpus: name=ConfigurableMLP input_shape=4,20
from typing import List

import torch
import torch.nn as nn


class ConfigurableMLP(nn.Module):
    def __init__(
        self,
        input_dim: int = 20,
        hidden_dims: List[int] = [64, 32, 16],
        output_dim: int = 3,
        dropout: float = 0.1,
        activation: str = "relu",
        use_batchnorm: bool = True,
    ):
        super().__init__()
        self.layers = nn.ModuleList()
        prev_dim = input_dim
        for hidden_dim in hidden_dims:
            self.layers.append(nn.Linear(prev_dim, hidden_dim))
            if use_batchnorm:
                self.layers.append(nn.BatchNorm1d(hidden_dim))
            if activation == "relu":
                self.layers.append(nn.ReLU())
            elif activation == "gelu":
                self.layers.append(nn.GELU())
            elif activation == "tanh":
                self.layers.append(nn.Tanh())
            else:
                raise ValueError(f"Unknown activation: {activation}")
            if dropout > 0:
                self.layers.append(nn.Dropout(dropout))
            prev_dim = hidden_dim
        self.output_layer = nn.Linear(prev_dim, output_dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x)
        return self.output_layer(x)


if __name__ == "__main__":
    model = ConfigurableMLP(input_dim=20, hidden_dims=[64, 32, 16], output_dim=3, activation="gelu")
    print(model(torch.randn(4, 20)).shape)
