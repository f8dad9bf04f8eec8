"""LLM-generated style ("Write a lightweight PyTorch CNN for 96x96 RGB images using depthwise separable
convolutions"): a `DepthwiseSeparableConv` class (`groups=in_channels` then a 1x1 conv), a `STAGES` list of
`(out_channels, stride)` tuples, `nn.ReLU6`, `nn.init.trunc_normal_(std=0.02)` for Linear, and `x.mean([2, 3])`
global pooling."""
# pivot-corpus: name=TinyMobileNet input_shape=4,3,96,96
from typing import List, Tuple

import torch
import torch.nn as nn

STAGES: List[Tuple[int, int]] = [(32, 1), (64, 2), (128, 2), (128, 1), (256, 2)]
NUM_CLASSES = 5


class DepthwiseSeparableConv(nn.Module):
    """Depthwise 3x3 conv followed by a pointwise 1x1 conv."""

    def __init__(self, in_channels: int, out_channels: int, stride: int = 1) -> None:
        super().__init__()
        self.depthwise = nn.Conv2d(in_channels, in_channels, 3, stride=stride, padding=1, groups=in_channels,
                                   bias=False)
        self.bn1 = nn.BatchNorm2d(in_channels)
        self.pointwise = nn.Conv2d(in_channels, out_channels, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.act = nn.ReLU6(inplace=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.act(self.bn1(self.depthwise(x)))
        return self.act(self.bn2(self.pointwise(x)))


class TinyMobileNet(nn.Module):
    def __init__(self, num_classes: int = NUM_CLASSES, stages: List[Tuple[int, int]] = STAGES) -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 16, 3, stride=2, padding=1, bias=False), nn.BatchNorm2d(16),
                                  nn.ReLU6(inplace=True))
        blocks: List[nn.Module] = []
        in_ch = 16
        for out_ch, stride in stages:
            blocks.append(DepthwiseSeparableConv(in_ch, out_ch, stride))
            in_ch = out_ch
        self.blocks = nn.Sequential(*blocks)
        self.classifier = nn.Linear(in_ch, num_classes)
        self.apply(self._init_weights)

    @staticmethod
    def _init_weights(m: nn.Module) -> None:
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode="fan_out")
        elif isinstance(m, nn.Linear):
            nn.init.trunc_normal_(m.weight, std=0.02)
            nn.init.zeros_(m.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.blocks(self.stem(x))
        x = x.mean([2, 3])           # (N, 256)
        return self.classifier(x)


if __name__ == "__main__":
    print(TinyMobileNet()(torch.randn(4, 3, 96, 96)).shape)
