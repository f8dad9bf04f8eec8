"""LLM-generated style MLP with named layers: nn.Sequential(OrderedDict([("fc1", nn.Linear(...)), ...])) and a
second OrderedDict-built head."""
# pivot-corpus: name=NamedMLP input_shape=4,8
from collections import OrderedDict

import torch
import torch.nn as nn


class NamedMLP(nn.Module):
    def __init__(self, in_dim=8, hidden=16, out_dim=2):
        super().__init__()
        self.body = nn.Sequential(OrderedDict([
            ("fc1", nn.Linear(in_dim, hidden)),
            ("relu1", nn.ReLU()),
            ("fc2", nn.Linear(hidden, hidden)),
            ("relu2", nn.ReLU()),
        ]))
        self.head = nn.Sequential(OrderedDict([
            ("dropout", nn.Dropout(0.1)),
            ("out", nn.Linear(hidden, out_dim)),
        ]))

    def forward(self, x):
        return self.head(self.body(x))


model = NamedMLP()
