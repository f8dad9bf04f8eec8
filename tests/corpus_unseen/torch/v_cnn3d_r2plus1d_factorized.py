"""Imitates a code-model answer to "a lightweight 3-D CNN for action recognition with factorized convolutions":
`SpatioTemporalConv` as a spatial `Conv3d(kernel_size=(1, 3, 3))` followed by a temporal
`Conv3d(kernel_size=(3, 1, 1))`, `nn.BatchNorm3d`, `nn.SiLU`, `nn.AdaptiveAvgPool3d(1)` then
`x.flatten(1)`."""
# pivot-corpus: name=R2Plus1DLite input_shape=2,3,8,24,24
import torch
import torch.nn as nn


class SpatioTemporalConv(nn.Module):
    def __init__(self, in_ch, out_ch, mid_ch=None, stride=1):
        super().__init__()
        mid_ch = mid_ch or out_ch
        self.spatial = nn.Conv3d(in_ch, mid_ch, kernel_size=(1, 3, 3), stride=(1, stride, stride),
                                 padding=(0, 1, 1), bias=False)
        self.bn = nn.BatchNorm3d(mid_ch)
        self.temporal = nn.Conv3d(mid_ch, out_ch, kernel_size=(3, 1, 1), stride=(stride, 1, 1),
                                  padding=(1, 0, 0), bias=False)
        self.bn2 = nn.BatchNorm3d(out_ch)
        self.act = nn.SiLU(inplace=True)

    def forward(self, x):
        x = self.act(self.bn(self.spatial(x)))
        return self.act(self.bn2(self.temporal(x)))


class R2Plus1DLite(nn.Module):
    def __init__(self, num_classes=5):
        super().__init__()
        self.stem = SpatioTemporalConv(3, 16, mid_ch=12)
        self.stage1 = SpatioTemporalConv(16, 32, stride=2)
        self.stage2 = SpatioTemporalConv(32, 32)
        self.pool = nn.AdaptiveAvgPool3d(1)
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.stage2(self.stage1(self.stem(x)))
        x = self.pool(x).flatten(1)
        return self.fc(x)
