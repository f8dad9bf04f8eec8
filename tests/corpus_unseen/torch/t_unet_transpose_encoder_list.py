"""Satellite-segmentation Medium post style U-Net: `contract_block(in, out, kernel_size, padding)` methods returning
nn.Sequential (Conv/BatchNorm/ReLU twice then MaxPool2d(3, 2, 1)), `expand_block` with
`nn.ConvTranspose2d(out, out, 3, stride=2, padding=1, output_padding=1)`, and `torch.cat([upconv3, conv2], 1)`."""
# pivot-corpus: name=SatUNet input_shape=2,4,16,16
import torch
import torch.nn as nn


class SatUNet(nn.Module):
    def __init__(self, in_channels=4, out_channels=2):
        super().__init__()
        self.conv1 = self.contract_block(in_channels, 8, 3, 1)
        self.conv2 = self.contract_block(8, 16, 3, 1)
        self.upconv2 = self.expand_block(16, 8, 3, 1)
        self.upconv1 = self.expand_block(8 * 2, out_channels, 3, 1)

    def __call__(self, x):
        conv1 = self.conv1(x)
        conv2 = self.conv2(conv1)
        upconv2 = self.upconv2(conv2)
        upconv1 = self.upconv1(torch.cat([upconv2, conv1], 1))
        return upconv1

    def contract_block(self, in_channels, out_channels, kernel_size, padding):
        contract = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, kernel_size=kernel_size, stride=1, padding=padding),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(),
            nn.Conv2d(out_channels, out_channels, kernel_size=kernel_size, stride=1, padding=padding),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(),
            nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        )
        return contract

    def expand_block(self, in_channels, out_channels, kernel_size, padding):
        expand = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=padding),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(),
            nn.Conv2d(out_channels, out_channels, kernel_size, stride=1, padding=padding),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(),
            nn.ConvTranspose2d(out_channels, out_channels, kernel_size=3, stride=2, padding=1, output_padding=1),
        )
        return expand


model = SatUNet()
