"""LLM-generated style MLP autoencoder: encoder built from `hidden_dims`, the decoder from
`list(reversed(hidden_dims))`, both `nn.Sequential(*modules)`; `encode`/`decode` methods, forward returns the
reconstruction passed through torch.sigmoid."""
# pivot-corpus: name=AutoEncoder input_shape=4,64
import torch
import torch.nn as nn


class AutoEncoder(nn.Module):
    def __init__(self, input_dim=64, hidden_dims=[48, 24], latent_dim=8):
        super().__init__()
        modules = []
        in_dim = input_dim
        for h_dim in hidden_dims:
            modules.append(nn.Sequential(nn.Linear(in_dim, h_dim), nn.ReLU()))
            in_dim = h_dim
        modules.append(nn.Linear(in_dim, latent_dim))
        self.encoder = nn.Sequential(*modules)

        modules = []
        in_dim = latent_dim
        for h_dim in list(reversed(hidden_dims)):
            modules.append(nn.Sequential(nn.Linear(in_dim, h_dim), nn.ReLU()))
            in_dim = h_dim
        modules.append(nn.Linear(in_dim, input_dim))
        self.decoder = nn.Sequential(*modules)

    def encode(self, x):
        return self.encoder(x)

    def decode(self, z):
        return torch.sigmoid(self.decoder(z))

    def forward(self, x):
        z = self.encode(x)
        return self.decode(z)


model = AutoEncoder()
