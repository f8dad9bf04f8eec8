"""Imitates a GPT-4 answer to the research-set prompt "Write a PyTorch model class for tabular binary
classification, input shape (N, 30), output logits (N, 2)": a `hidden_dims` list built in a loop with
`layers.append(...)` and `nn.Sequential(*layers)`, type hints, defaults, and a `__main__` smoke test."""
# pivot-corpus: name=TabularMLP input_shape=8,30
from typing import List

import torch
import torch.nn as nn


class TabularMLP(nn.Module):
    def __init__(self, input_dim: int = 30, hidden_dims: List[int] = [64, 32], num_classes: int = 2,
                 dropout: float = 0.2) -> None:
        super().__init__()
        layers = []
        prev = input_dim
        for h in hidden_dims:
            layers.append(nn.Linear(prev, h))
            layers.append(nn.ReLU())
            layers.append(nn.Dropout(dropout))
            prev = h
        layers.append(nn.Linear(prev, num_classes))
        self.net = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


if __name__ == "__main__":
    model = TabularMLP()
    x = torch.randn(8, 30)
    out = model(x)
    print(out.shape)  # torch.Size([8, 2])
