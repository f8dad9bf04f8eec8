"""LLM-generated style (ChatGPT, "Generate a PyTorch model: Wide & Deep recommender MLP"): `forward(self, wide_x,
deep_x)` with two inputs, a linear wide part, a deep MLP built from a list of hidden sizes, the two logits added and
`torch.sigmoid` applied."""
# pivot-corpus: name=WideAndDeep input_shape=4,10;4,6
import torch
import torch.nn as nn


class WideAndDeep(nn.Module):
    def __init__(self, wide_dim=10, deep_dim=6, hidden_units=(32, 16)):
        super(WideAndDeep, self).__init__()
        self.wide = nn.Linear(wide_dim, 1)
        layers = []
        in_dim = deep_dim
        for h in hidden_units:
            layers.append(nn.Linear(in_dim, h))
            layers.append(nn.ReLU())
            layers.append(nn.Dropout(0.2))
            in_dim = h
        layers.append(nn.Linear(in_dim, 1))
        self.deep = nn.Sequential(*layers)

    def forward(self, wide_x, deep_x):
        logit = self.wide(wide_x) + self.deep(deep_x)
        return torch.sigmoid(logit)
