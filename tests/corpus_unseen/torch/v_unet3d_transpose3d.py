"""Imitates a Claude answer to "a minimal 3-D U-Net for volumetric segmentation": `DoubleConv3D` module,
`nn.MaxPool3d(2)`, `nn.ConvTranspose3d(kernel_size=2, stride=2)`, skip connections by `torch.cat(..., dim=1)`,
`nn.InstanceNorm3d`-free (BatchNorm3d) blocks, one level deep so it stays small."""
# pivot-corpus: name=UNet3D input_shape=1,1,16,16,16
import torch
import torch.nn as nn


class DoubleConv3D(nn.Module):
    """(Conv3d => BN => ReLU) * 2"""

    def __init__(self, in_channels: int, out_channels: int):
        super().__init__()
        self.block = nn.Sequential(
            nn.Conv3d(in_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm3d(out_channels),
            nn.ReLU(inplace=True),
            nn.Conv3d(out_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm3d(out_channels),
            nn.ReLU(inplace=True),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.block(x)


class UNet3D(nn.Module):
    def __init__(self, in_channels: int = 1, n_classes: int = 2, f: int = 4):
        super().__init__()
        self.inc = DoubleConv3D(in_channels, f)
        self.down = nn.MaxPool3d(2)
        self.mid = DoubleConv3D(f, f * 2)
        self.up = nn.ConvTranspose3d(f * 2, f, kernel_size=2, stride=2)
        self.dec = DoubleConv3D(f * 2, f)
        self.outc = nn.Conv3d(f, n_classes, kernel_size=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x1 = self.inc(x)
        x2 = self.mid(self.down(x1))
        u = self.up(x2)
        u = torch.cat([x1, u], dim=1)
        return self.outc(self.dec(u))
