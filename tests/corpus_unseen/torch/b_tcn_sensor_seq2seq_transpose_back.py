"""LLM-generated style (Claude, "Write a PyTorch model that labels every time step of an IMU stream (N, 256, 6)
with one of 5 activities"): `x.permute(0, 2, 1).contiguous()` in, a stack of depthwise-separable dilated Conv1d
residual blocks (`groups=channels` then 1x1), the features turned back with `x.transpose(1, 2)` and a per-step
nn.Linear, output (N, 256, 5)."""
# pivot-corpus: name=IMUFrameTagger input_shape=4,256,6
import torch
import torch.nn as nn


class SepConvBlock(nn.Module):
    def __init__(self, channels: int, kernel_size: int, dilation: int, dropout: float = 0.1):
        super().__init__()
        pad = (kernel_size - 1) // 2 * dilation
        self.depthwise = nn.Conv1d(channels, channels, kernel_size, padding=pad, dilation=dilation, groups=channels)
        self.pointwise = nn.Conv1d(channels, channels, 1)
        self.norm = nn.BatchNorm1d(channels)
        self.act = nn.GELU()
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        residual = x
        x = self.depthwise(x)
        x = self.pointwise(x)
        x = self.drop(self.act(self.norm(x)))
        return x + residual


class IMUFrameTagger(nn.Module):
    def __init__(self, in_channels=6, hidden=48, num_classes=5, dilations=(1, 2, 4, 8)):
        super().__init__()
        self.input_proj = nn.Conv1d(in_channels, hidden, kernel_size=1)
        self.blocks = nn.Sequential(*[SepConvBlock(hidden, 5, d) for d in dilations])
        self.classifier = nn.Linear(hidden, num_classes)

    def forward(self, x):
        x = x.permute(0, 2, 1).contiguous()   # (B, T, C) -> (B, C, T)
        x = self.input_proj(x)
        x = self.blocks(x)
        x = x.transpose(1, 2)                 # (B, T, hidden)
        return self.classifier(x)             # (B, T, num_classes)


if __name__ == "__main__":
    print(IMUFrameTagger()(torch.randn(2, 256, 6)).shape)
