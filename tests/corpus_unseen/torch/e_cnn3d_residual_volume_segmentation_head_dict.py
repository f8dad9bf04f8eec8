"""LLM-generated style ("Write a PyTorch 3D CNN for lung nodule analysis on 32^3 CT patches, return both a
malignancy score and a nodule-size regression"): a residual `ResBlock3d` with a 1x1x1 projection `nn.Identity()`
when shapes match, `nn.ModuleDict` heads, `F.adaptive_avg_pool3d(x, 1).flatten(1)`, and a dict output."""
# pivot-corpus: name=NoduleNet3D input_shape=2,1,32,32,32
from typing import Dict

import torch
import torch.nn as nn
import torch.nn.functional as F


class ResBlock3d(nn.Module):
    def __init__(self, in_ch: int, out_ch: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv3d(in_ch, out_ch, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm3d(out_ch)
        self.conv2 = nn.Conv3d(out_ch, out_ch, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm3d(out_ch)
        self.shortcut = (
            nn.Identity() if stride == 1 and in_ch == out_ch
            else nn.Sequential(nn.Conv3d(in_ch, out_ch, 1, stride=stride, bias=False), nn.BatchNorm3d(out_ch))
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


class NoduleNet3D(nn.Module):
    """3D ResNet with two heads.

    Args:
        base: Channels of the stem.
    """

    def __init__(self, base: int = 16) -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv3d(1, base, 3, padding=1, bias=False), nn.BatchNorm3d(base), nn.ReLU())
        self.res1 = ResBlock3d(base, base)
        self.res2 = ResBlock3d(base, base * 2, stride=2)
        self.res3 = ResBlock3d(base * 2, base * 4, stride=2)
        self.heads = nn.ModuleDict({
            "malignancy": nn.Linear(base * 4, 1),
            "diameter": nn.Sequential(nn.Linear(base * 4, 16), nn.ReLU(), nn.Linear(16, 1)),
        })

    def forward(self, x: torch.Tensor) -> Dict[str, torch.Tensor]:
        x = self.res3(self.res2(self.res1(self.stem(x))))     # (N, 64, 8, 8, 8)
        feat = F.adaptive_avg_pool3d(x, 1).flatten(1)          # (N, 64)
        return {
            "malignancy": torch.sigmoid(self.heads["malignancy"](feat)),
            "diameter": self.heads["diameter"](feat),
        }


if __name__ == "__main__":
    out = NoduleNet3D()(torch.randn(2, 1, 32, 32, 32))
    print({k: v.shape for k, v in out.items()})
