"""LLM-generated style (research-dataset prompt: "Write a PyTorch Deep & Cross Network for tabular CTR; input
(N, 16) of dense features"): cross layers `x0 * (w(x)) + b + x` with a Linear(d, 1, bias=False) and a bias
parameter, a deep MLP in parallel, outputs concatenated."""
# pivot-corpus: name=DCN input_shape=4,16
import torch
import torch.nn as nn


class CrossLayer(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.w = nn.Linear(dim, 1, bias=False)
        self.b = nn.Parameter(torch.zeros(dim))

    def forward(self, x0, x):
        return x0 * self.w(x) + self.b + x


class DCN(nn.Module):
    def __init__(self, input_dim=16, num_cross=3, deep_dims=[64, 32]):
        super().__init__()
        self.cross = nn.ModuleList([CrossLayer(input_dim) for _ in range(num_cross)])
        layers = []
        prev = input_dim
        for d in deep_dims:
            layers += [nn.Linear(prev, d), nn.BatchNorm1d(d), nn.ReLU(), nn.Dropout(0.2)]
            prev = d
        self.deep = nn.Sequential(*layers)
        self.out = nn.Linear(input_dim + deep_dims[-1], 1)

    def forward(self, x):
        x0, xc = x, x
        for layer in self.cross:
            xc = layer(x0, xc)
        return self.out(torch.cat([xc, self.deep(x)], dim=1))
