"""LLM-generated style ("Write a PyTorch CNN for 64x64 plant-disease images with an auxiliary classifier used
during training"): `if self.training:` returning `(main_logits, aux_logits)` and only `main_logits` in eval, an
auxiliary head on an intermediate feature map, `F.adaptive_avg_pool2d(x, 1)` + `torch.flatten`, and `nn.Mish`."""
# pivot-corpus: name=PlantDiseaseNet input_shape=4,3,64,64
from typing import Tuple, Union

import torch
import torch.nn as nn
import torch.nn.functional as F

NUM_CLASSES = 38


class PlantDiseaseNet(nn.Module):
    """CNN with an auxiliary head (GoogLeNet-style deep supervision).

    Args:
        num_classes: Number of disease classes.
        aux_weight: Unused at inference; kept for the training loop.
    """

    def __init__(self, num_classes: int = NUM_CLASSES, aux_weight: float = 0.3) -> None:
        super().__init__()
        self.aux_weight = aux_weight
        self.block1 = nn.Sequential(nn.Conv2d(3, 32, 3, padding=1), nn.BatchNorm2d(32), nn.Mish(), nn.MaxPool2d(2))
        self.block2 = nn.Sequential(nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64), nn.Mish(), nn.MaxPool2d(2))
        self.block3 = nn.Sequential(nn.Conv2d(64, 128, 3, padding=1), nn.BatchNorm2d(128), nn.Mish(), nn.MaxPool2d(2))
        self.aux_head = nn.Linear(64, num_classes)
        self.main_head = nn.Linear(128, num_classes)

    def forward(self, x: torch.Tensor) -> Union[torch.Tensor, Tuple[torch.Tensor, torch.Tensor]]:
        x = self.block1(x)
        mid = self.block2(x)                                   # (N, 64, 16, 16)
        x = self.block3(mid)                                   # (N, 128, 8, 8)
        logits = self.main_head(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))
        if self.training:
            aux = self.aux_head(torch.flatten(F.adaptive_avg_pool2d(mid, 1), 1))
            return logits, aux
        return logits


if __name__ == "__main__":
    m = PlantDiseaseNet()
    print([t.shape for t in m(torch.randn(4, 3, 64, 64))])
    m.eval()
    print(m(torch.randn(4, 3, 64, 64)).shape)
