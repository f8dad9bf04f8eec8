"""Imitates a Gemini answer to "a 3-D convolutional autoencoder for MRI volumes": strided Conv3d encoder,
decoder with `nn.Upsample(scale_factor=2, mode='trilinear', align_corners=False)` followed by Conv3d, a
Sigmoid output, `encode`/`decode` methods called from forward."""
# pivot-corpus: name=VolumeAutoencoder input_shape=1,1,16,16,16
import torch
import torch.nn as nn


class VolumeAutoencoder(nn.Module):
    def __init__(self, in_channels=1, latent_channels=16):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv3d(in_channels, 8, kernel_size=3, stride=2, padding=1),
            nn.LeakyReLU(0.2),
            nn.Conv3d(8, latent_channels, kernel_size=3, stride=2, padding=1),
            nn.LeakyReLU(0.2),
        )
        self.decoder = nn.Sequential(
            nn.Upsample(scale_factor=2, mode='trilinear', align_corners=False),
            nn.Conv3d(latent_channels, 8, kernel_size=3, padding=1),
            nn.LeakyReLU(0.2),
            nn.Upsample(scale_factor=2, mode='trilinear', align_corners=False),
            nn.Conv3d(8, in_channels, kernel_size=3, padding=1),
            nn.Sigmoid(),
        )

    def encode(self, x):
        return self.encoder(x)

    def decode(self, z):
        return self.decoder(z)

    def forward(self, x):
        return self.decode(self.encode(x))
