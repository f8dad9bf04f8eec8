"""LLM-generated style tabular MLP with an `@property` (parameter count) that forward never uses, a
`build_block` static helper returning a list of layers, `nn.Sequential(*layers)` after `layers.extend(...)`."""
# pivot-corpus: name=TabularNet input_shape=4,16
from typing import List

import torch
import torch.nn as nn


class TabularNet(nn.Module):
    def __init__(self, num_features: int = 16, layer_sizes: List[int] = [64, 32], num_outputs: int = 1,
                 dropout_rate: float = 0.2):
        super().__init__()
        layers: List[nn.Module] = []
        in_size = num_features
        for size in layer_sizes:
            layers.extend(self.build_block(in_size, size, dropout_rate))
            in_size = size
        layers.append(nn.Linear(in_size, num_outputs))
        self.mlp = nn.Sequential(*layers)

    @staticmethod
    def build_block(in_size: int, out_size: int, dropout_rate: float) -> List[nn.Module]:
        return [nn.Linear(in_size, out_size), nn.BatchNorm1d(out_size), nn.ReLU(), nn.Dropout(dropout_rate)]

    @property
    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.mlp(x)


model = TabularNet()
