"""LLM-generated style "dense" MLP where each layer sees the concatenation of all previous outputs
(`features.append(out)`, `torch.cat(features, dim=-1)` with dim=-1), widths tracked by `in_dim += growth`."""
# pivot-corpus: name=DenseMLP input_shape=4,10
import torch
import torch.nn as nn


class DenseMLP(nn.Module):
    def __init__(self, input_dim=10, growth=16, num_layers=3, output_dim=2):
        super().__init__()
        self.layers = nn.ModuleList()
        in_dim = input_dim
        for i in range(num_layers):
            self.layers.append(nn.Sequential(nn.Linear(in_dim, growth), nn.ReLU()))
            in_dim += growth
        self.out = nn.Linear(in_dim, output_dim)

    def forward(self, x):
        features = [x]
        for layer in self.layers:
            out = layer(torch.cat(features, dim=-1))
            features.append(out)
        return self.out(torch.cat(features, dim=-1))


model = DenseMLP()
