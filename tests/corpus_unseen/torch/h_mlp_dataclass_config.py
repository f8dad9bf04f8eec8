"""LLM-generated style tabular classifier driven by a `@dataclass` config: hidden sizes as a tuple field
with `field(default_factory=...)`, layers appended in a loop to a list then `nn.Sequential(*layers)`,
`F.log_softmax` output."""
# pivot-corpus: name=TabularNet input_shape=4,16
from dataclasses import dataclass, field
from typing import List

import torch.nn as nn
import torch.nn.functional as F


@dataclass
class TabularConfig:
    in_features: int = 16
    hidden_sizes: List[int] = field(default_factory=lambda: [64, 32])
    num_classes: int = 3
    dropout: float = 0.2
    use_batchnorm: bool = True


class TabularNet(nn.Module):
    def __init__(self, cfg: TabularConfig = TabularConfig()):
        super().__init__()
        layers = []
        prev = cfg.in_features
        for h in cfg.hidden_sizes:
            layers.append(nn.Linear(prev, h))
            if cfg.use_batchnorm:
                layers.append(nn.BatchNorm1d(h))
            layers.append(nn.ReLU())
            layers.append(nn.Dropout(cfg.dropout))
            prev = h
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(prev, cfg.num_classes)

    def forward(self, x):
        return F.log_softmax(self.head(self.body(x)), dim=1)


model = TabularNet(TabularConfig())
