"""torchvision-style record outputs (issue 13): a `typing.NamedTuple` class with `Tensor` fields built with
keywords (GoogLeNet's `GoogLeNetOutputs`, Inception's `InceptionOutputs`): the model returns the tuple of its
fields, in both frameworks."""
from typing import NamedTuple

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import Tensor

class HeadOutputs(NamedTuple):
    logits: Tensor
    aux_logits: Tensor


class AuxHead(nn.Module):
    def __init__(self, in_channels: int, num_classes: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(in_channels, 8, kernel_size=1)
        self.fc = nn.Linear(8, num_classes)

    def forward(self, x: Tensor) -> Tensor:
        x = F.adaptive_avg_pool2d(F.relu(self.conv(x)), (1, 1))
        return self.fc(torch.flatten(x, 1))


class TwoHeadNet(nn.Module):
    def __init__(self, num_classes: int = 10) -> None:
        super().__init__()
        self.stem = nn.Conv2d(3, 16, kernel_size=3, padding=1)
        self.block = nn.Conv2d(16, 16, kernel_size=3, padding=1)
        self.aux = AuxHead(16, num_classes)
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x: Tensor) -> HeadOutputs:
        x = F.relu(self.stem(x))
        aux = self.aux(x)
        x = F.relu(self.block(x))
        x = torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
        return HeadOutputs(logits=self.fc(x), aux_logits=aux)


# pivot-corpus: name=TwoHeadNet input_shape=2,3,16,16
