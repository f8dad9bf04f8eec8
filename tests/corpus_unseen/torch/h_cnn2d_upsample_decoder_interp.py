"""LLM-generated style denoising autoencoder with `F.interpolate(x, scale_factor=2, mode='nearest')` in the
decoder and `nn.Upsample(scale_factor=2)` in a Sequential, `torch.sigmoid` output."""
# pivot-corpus: name=DenoisingAE input_shape=2,1,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class DenoisingAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc1 = nn.Conv2d(1, 16, 3, padding=1)
        self.enc2 = nn.Conv2d(16, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2, 2)
        self.dec1 = nn.Conv2d(8, 16, 3, padding=1)
        self.dec2 = nn.Sequential(nn.Upsample(scale_factor=2), nn.Conv2d(16, 1, 3, padding=1))

    def forward(self, x):
        x = self.pool(F.relu(self.enc1(x)))
        x = self.pool(F.relu(self.enc2(x)))
        x = F.interpolate(x, scale_factor=2, mode='nearest')
        x = F.relu(self.dec1(x))
        x = self.dec2(x)
        return torch.sigmoid(x)


model = DenoisingAE()
