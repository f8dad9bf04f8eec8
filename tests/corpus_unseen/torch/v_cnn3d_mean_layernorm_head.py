"""Imitates a code-model answer to "3-D CNN encoder for CT scans followed by a transformer-style head":
Conv3d/BatchNorm3d/GELU stages with `nn.MaxPool3d(2)`, global pooling `x.mean(dim=(2, 3, 4))`, then
`nn.LayerNorm(features)` and a Linear; `def forward(self, volume: torch.Tensor) -> torch.Tensor`."""
# pivot-corpus: name=CTEncoder input_shape=2,1,16,32,32
import torch
import torch.nn as nn


class CTEncoder(nn.Module):
    def __init__(self, in_channels: int = 1, widths=(8, 16, 32), num_outputs: int = 1):
        super().__init__()
        stages = []
        prev = in_channels
        for w in widths:
            stages.append(nn.Conv3d(prev, w, kernel_size=3, padding=1))
            stages.append(nn.BatchNorm3d(w))
            stages.append(nn.GELU())
            stages.append(nn.MaxPool3d(2))
            prev = w
        self.stages = nn.Sequential(*stages)
        self.norm = nn.LayerNorm(prev)
        self.head = nn.Linear(prev, num_outputs)

    def forward(self, volume: torch.Tensor) -> torch.Tensor:
        feats = self.stages(volume)
        feats = feats.mean(dim=(2, 3, 4))
        return self.head(self.norm(feats))
