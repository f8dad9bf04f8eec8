"""LLM-generated style MLP autoencoder with a bottleneck and separate encode/decode methods, Tanh/Sigmoid,
`forward` returning only the reconstruction; `nn.Unflatten` not used, view back to (N, 1, 28, 28)."""
# pivot-corpus: name=DenseAutoencoder input_shape=2,1,28,28
import torch.nn as nn


class DenseAutoencoder(nn.Module):
    def __init__(self, latent_dim=16):
        super().__init__()
        self.encoder = nn.Sequential(
            nn.Flatten(),
            nn.Linear(28 * 28, 128),
            nn.ReLU(),
            nn.Linear(128, latent_dim),
            nn.Tanh(),
        )
        self.decoder = nn.Sequential(
            nn.Linear(latent_dim, 128),
            nn.ReLU(),
            nn.Linear(128, 28 * 28),
            nn.Sigmoid(),
        )

    def encode(self, x):
        return self.encoder(x)

    def decode(self, z):
        return self.decoder(z).view(-1, 1, 28, 28)

    def forward(self, x):
        z = self.encode(x)
        return self.decode(z)


model = DenseAutoencoder()
