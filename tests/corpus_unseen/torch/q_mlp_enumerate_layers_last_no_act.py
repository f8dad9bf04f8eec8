"""LLM-generated style ("generic MLP for tabular regression"): `nn.ModuleList([nn.Linear(a, b) for a, b in
zip(dims[:-1], dims[1:])])`, forward `for i, layer in enumerate(self.layers)` applying `F.gelu` to every layer
but the last (`if i < len(self.layers) - 1`)."""
# pivot-corpus: name=GenericMLP input_shape=4,9
import torch
import torch.nn as nn
import torch.nn.functional as F


class GenericMLP(nn.Module):
    def __init__(self, dims=(9, 32, 32, 1)):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:])])

    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = F.gelu(x)
        return x


model = GenericMLP()
