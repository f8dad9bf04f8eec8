"""LLM-generated style ("1D convolutional autoencoder for sensor anomaly detection"): Conv1d encoder with stride 2,
ConvTranspose1d decoder with `output_padding=1`, nn.LeakyReLU(0.2), returning the reconstruction."""
# pivot-corpus: name=ConvAutoencoder1D input_shape=2,3,64
import torch
import torch.nn as nn


class ConvAutoencoder1D(nn.Module):
    def __init__(self, in_channels: int = 3, hidden: int = 16):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Conv1d(in_channels, hidden, kernel_size=3, stride=2, padding=1),
            nn.LeakyReLU(0.2),
            nn.Conv1d(hidden, hidden * 2, kernel_size=3, stride=2, padding=1),
            nn.LeakyReLU(0.2),
        )
        self.decoder = nn.Sequential(
            nn.ConvTranspose1d(hidden * 2, hidden, kernel_size=3, stride=2, padding=1, output_padding=1),
            nn.LeakyReLU(0.2),
            nn.ConvTranspose1d(hidden, in_channels, kernel_size=3, stride=2, padding=1, output_padding=1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        z = self.encoder(x)
        return self.decoder(z)


model = ConvAutoencoder1D()
