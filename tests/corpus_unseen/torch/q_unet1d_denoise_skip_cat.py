"""LLM-generated style ("1D U-Net for ECG denoising"): a `double_conv` function returning a Sequential, MaxPool1d
down, `nn.Upsample(scale_factor=2, mode='nearest')` up, skips with `torch.cat([x, skip], dim=1)`, and a 1x1 Conv1d
output."""
# pivot-corpus: name=UNet1D input_shape=2,1,64
import torch
import torch.nn as nn


def double_conv(in_ch, out_ch):
    return nn.Sequential(
        nn.Conv1d(in_ch, out_ch, 3, padding=1),
        nn.BatchNorm1d(out_ch),
        nn.ReLU(inplace=True),
        nn.Conv1d(out_ch, out_ch, 3, padding=1),
        nn.BatchNorm1d(out_ch),
        nn.ReLU(inplace=True),
    )


class UNet1D(nn.Module):
    def __init__(self, in_ch=1, base=8):
        super().__init__()
        self.enc1 = double_conv(in_ch, base)
        self.enc2 = double_conv(base, base * 2)
        self.bottleneck = double_conv(base * 2, base * 4)
        self.pool = nn.MaxPool1d(2)
        self.up = nn.Upsample(scale_factor=2, mode="nearest")
        self.dec2 = double_conv(base * 4 + base * 2, base * 2)
        self.dec1 = double_conv(base * 2 + base, base)
        self.out = nn.Conv1d(base, in_ch, 1)

    def forward(self, x):
        e1 = self.enc1(x)
        e2 = self.enc2(self.pool(e1))
        b = self.bottleneck(self.pool(e2))
        d2 = self.dec2(torch.cat([self.up(b), e2], dim=1))
        d1 = self.dec1(torch.cat([self.up(d2), e1], dim=1))
        return self.out(d1)


model = UNet1D()
