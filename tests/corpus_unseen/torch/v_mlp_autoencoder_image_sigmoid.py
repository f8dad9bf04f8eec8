"""Imitates a ChatGPT answer to "a fully connected autoencoder for MNIST": `nn.Flatten()` in the encoder,
`nn.Unflatten(1, (1, 28, 28))` at the end of the decoder, Sigmoid output, bottleneck size as a parameter,
forward returns the reconstruction only."""
# pivot-corpus: name=DenseAutoencoder input_shape=2,1,28,28
import torch
import torch.nn as nn


class DenseAutoencoder(nn.Module):
    def __init__(self, latent_dim: int = 16):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Flatten(),
            nn.Linear(28 * 28, 128),
            nn.ReLU(True),
            nn.Linear(128, latent_dim),
        )
        self.decoder = nn.Sequential(
            nn.Linear(latent_dim, 128),
            nn.ReLU(True),
            nn.Linear(128, 28 * 28),
            nn.Sigmoid(),
            nn.Unflatten(1, (1, 28, 28)),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        z = self.encoder(x)
        return self.decoder(z)
