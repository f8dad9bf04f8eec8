"""A `collections.namedtuple` output built positionally (issue 13: namedtuple outputs): the pooled features and
the logits of a small CNN, returned as one record."""
from collections import namedtuple

import torch
import torch.nn as nn
import torch.nn.functional as F

Features = namedtuple("Features", ["pooled", "logits"])


class PooledNet(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        pooled = torch.mean(F.relu(self.conv(x)), dim=(2, 3))
        return Features(pooled, self.fc(pooled))


# pivot-corpus: name=PooledNet input_shape=2,3,12,12
