"""Imitates a Claude answer to "a CNN that works with small batch sizes": `nn.GroupNorm(num_groups, channels)`
instead of BatchNorm, `nn.GELU()`, strided convs instead of pooling, `nn.AdaptiveAvgPool2d(1)` and
`torch.flatten(x, start_dim=1)`, constructor arguments with type hints."""
# pivot-corpus: name=GroupNormCNN input_shape=2,3,32,32
import torch
import torch.nn as nn


class ConvGNAct(nn.Module):
    def __init__(self, in_ch: int, out_ch: int, stride: int = 1, groups: int = 8) -> None:
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel_size=3, stride=stride, padding=1, bias=False)
        self.norm = nn.GroupNorm(groups, out_ch)
        self.act = nn.GELU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.norm(self.conv(x)))


class GroupNormCNN(nn.Module):
    def __init__(self, in_channels: int = 3, num_classes: int = 10, width: int = 16) -> None:
        super().__init__()
        self.features = nn.Sequential(
            ConvGNAct(in_channels, width, groups=4),
            ConvGNAct(width, width * 2, stride=2),
            ConvGNAct(width * 2, width * 4, stride=2),
        )
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(width * 4, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.pool(x)
        x = torch.flatten(x, start_dim=1)
        return self.head(x)
