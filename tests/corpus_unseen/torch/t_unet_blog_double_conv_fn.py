"""Segmentation blog "very simple U-Net" style: a module-level `double_conv(in_c, out_c)` returning nn.Sequential,
`self.dconv_down1..3`, `nn.MaxPool2d(2)`, `nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)`,
`torch.cat([x, conv2], dim=1)` skips and a 1x1 output conv."""
# pivot-corpus: name=UNet input_shape=2,3,16,16
import torch
import torch.nn as nn


def double_conv(in_channels, out_channels):
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, 3, padding=1),
        nn.ReLU(inplace=True),
        nn.Conv2d(out_channels, out_channels, 3, padding=1),
        nn.ReLU(inplace=True),
    )


class UNet(nn.Module):
    def __init__(self, n_class=2):
        super().__init__()
        self.dconv_down1 = double_conv(3, 8)
        self.dconv_down2 = double_conv(8, 16)
        self.dconv_down3 = double_conv(16, 32)
        self.maxpool = nn.MaxPool2d(2)
        self.upsample = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)
        self.dconv_up2 = double_conv(16 + 32, 16)
        self.dconv_up1 = double_conv(8 + 16, 8)
        self.conv_last = nn.Conv2d(8, n_class, 1)

    def forward(self, x):
        conv1 = self.dconv_down1(x)
        x = self.maxpool(conv1)
        conv2 = self.dconv_down2(x)
        x = self.maxpool(conv2)
        x = self.dconv_down3(x)
        x = self.upsample(x)
        x = torch.cat([x, conv2], dim=1)
        x = self.dconv_up2(x)
        x = self.upsample(x)
        x = torch.cat([x, conv1], dim=1)
        x = self.dconv_up1(x)
        out = self.conv_last(x)
        return out


model = UNet()
