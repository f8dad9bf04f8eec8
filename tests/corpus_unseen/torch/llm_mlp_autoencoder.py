"""LLM-generated style MLP autoencoder: encoder and decoder nn.Sequential attributes, an encode()/decode() pair
of methods called from forward, Sigmoid output, input flattened with x.view(x.size(0), -1)."""
# pivot-corpus: name=Autoencoder input_shape=2,1,28,28
import torch
import torch.nn as nn


class Autoencoder(nn.Module):
    def __init__(self, input_dim=784, latent_dim=16):
        super(Autoencoder, self).__init__()
        self.encoder = nn.Sequential(
            nn.Linear(input_dim, 128),
            nn.ReLU(True),
            nn.Linear(128, latent_dim),
        )
        self.decoder = nn.Sequential(
            nn.Linear(latent_dim, 128),
            nn.ReLU(True),
            nn.Linear(128, input_dim),
            nn.Sigmoid(),
        )

    def encode(self, x):
        return self.encoder(x)

    def decode(self, z):
        return self.decoder(z)

    def forward(self, x):
        x = x.view(x.size(0), -1)
        z = self.encode(x)
        return self.decode(z)


model = Autoencoder()
