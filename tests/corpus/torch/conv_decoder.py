"""A DCGAN-style decoder: transposed convolutions upsample a 4x4 feature map to a 32x32 RGB image."""
# pivot-corpus: name=ConvDecoder input_shape=2,64,4,4
import torch.nn as nn


class ConvDecoder(nn.Module):
    def __init__(self, in_channels=64, out_channels=3):
        super().__init__()
        # each ConvTranspose2d(k=4, s=2, p=1) doubles the spatial size
        self.up1 = nn.ConvTranspose2d(in_channels, 32, kernel_size=4, stride=2, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(32)
        self.up2 = nn.ConvTranspose2d(32, 16, kernel_size=4, stride=2, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(16)
        self.up3 = nn.ConvTranspose2d(16, out_channels, kernel_size=4, stride=2, padding=1)
        self.act = nn.LeakyReLU(0.2)
        self.out_act = nn.Tanh()

    def forward(self, z):
        x = self.act(self.bn1(self.up1(z)))   # 8x8
        x = self.act(self.bn2(self.up2(x)))   # 16x16
        return self.out_act(self.up3(x))      # 32x32
