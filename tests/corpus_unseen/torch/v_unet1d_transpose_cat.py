"""Imitates a Llama answer to "a small 1-D U-Net for signal denoising": `double_conv` helper, encoder with
`nn.MaxPool1d(2)`, decoder with `nn.ConvTranspose1d(kernel_size=2, stride=2)` and `torch.cat([up, skip], dim=1)`,
a 1x1 output conv; same length in and out."""
# pivot-corpus: name=UNet1D input_shape=2,1,64
import torch
import torch.nn as nn


def double_conv(in_ch, out_ch):
    return nn.Sequential(
        nn.Conv1d(in_ch, out_ch, kernel_size=3, padding=1),
        nn.BatchNorm1d(out_ch),
        nn.ReLU(inplace=True),
        nn.Conv1d(out_ch, out_ch, kernel_size=3, padding=1),
        nn.BatchNorm1d(out_ch),
        nn.ReLU(inplace=True),
    )


class UNet1D(nn.Module):
    def __init__(self, in_channels=1, out_channels=1, base=8):
        super().__init__()
        self.enc1 = double_conv(in_channels, base)
        self.enc2 = double_conv(base, base * 2)
        self.pool = nn.MaxPool1d(2)
        self.bottleneck = double_conv(base * 2, base * 4)
        self.up2 = nn.ConvTranspose1d(base * 4, base * 2, kernel_size=2, stride=2)
        self.dec2 = double_conv(base * 4, base * 2)
        self.up1 = nn.ConvTranspose1d(base * 2, base, kernel_size=2, stride=2)
        self.dec1 = double_conv(base * 2, base)
        self.out_conv = nn.Conv1d(base, out_channels, kernel_size=1)

    def forward(self, x):
        e1 = self.enc1(x)
        e2 = self.enc2(self.pool(e1))
        b = self.bottleneck(self.pool(e2))
        d2 = self.up2(b)
        d2 = self.dec2(torch.cat([d2, e2], dim=1))
        d1 = self.up1(d2)
        d1 = self.dec1(torch.cat([d1, e1], dim=1))
        return self.out_conv(d1)
