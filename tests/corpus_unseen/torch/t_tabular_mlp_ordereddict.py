"""Tabular regression notebook style (house prices / California housing): an MLP written as
`nn.Sequential(OrderedDict([("fc1", nn.Linear(...)), ("bn1", nn.BatchNorm1d(...)), ("relu1", nn.ReLU()), ...]))`
with an input BatchNorm1d over the raw features."""
# pivot-corpus: name=HousePriceMLP input_shape=4,8
from collections import OrderedDict

import torch
import torch.nn as nn


class HousePriceMLP(nn.Module):
    def __init__(self, n_features=8, hidden=16):
        super().__init__()
        self.input_bn = nn.BatchNorm1d(n_features)
        self.net = nn.Sequential(OrderedDict([
            ("fc1", nn.Linear(n_features, hidden)),
            ("bn1", nn.BatchNorm1d(hidden)),
            ("relu1", nn.ReLU()),
            ("drop1", nn.Dropout(0.1)),
            ("fc2", nn.Linear(hidden, hidden // 2)),
            ("bn2", nn.BatchNorm1d(hidden // 2)),
            ("relu2", nn.ReLU()),
            ("out", nn.Linear(hidden // 2, 1)),
        ]))

    def forward(self, x):
        return self.net(self.input_bn(x)).squeeze(1)


model = HousePriceMLP()
