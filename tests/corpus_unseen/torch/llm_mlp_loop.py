"""LLM-generated style MLP: hidden sizes in a list, layers appended in a for loop (Linear, BatchNorm1d, ReLU,
Dropout), nn.Sequential(*layers), type hints and a docstring."""
# pivot-corpus: name=MLP input_shape=4,20
from typing import List

import torch
import torch.nn as nn


class MLP(nn.Module):
    """A simple multi-layer perceptron for tabular classification."""

    def __init__(self, input_dim: int, hidden_dims: List[int], output_dim: int, dropout: float = 0.1):
        super().__init__()
        layers = []
        prev_dim = input_dim
        for hidden_dim in hidden_dims:
            layers.append(nn.Linear(prev_dim, hidden_dim))
            layers.append(nn.BatchNorm1d(hidden_dim))
            layers.append(nn.ReLU())
            layers.append(nn.Dropout(dropout))
            prev_dim = hidden_dim
        layers.append(nn.Linear(prev_dim, output_dim))
        self.network = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.network(x)


model = MLP(input_dim=20, hidden_dims=[64, 32, 16], output_dim=3)
