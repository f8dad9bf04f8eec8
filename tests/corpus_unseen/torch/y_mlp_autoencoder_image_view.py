"""Imitates a GPT answer to "Write a PyTorch model class for a fully-connected autoencoder on 16x16 grayscale
images, input shape (N, 1, 16, 16), output reconstructions (N, 1, 16, 16)": `x.view(x.size(0), -1)`, an encoder
and decoder Sequential built from `hidden_dims` loops, `nn.Sigmoid()` and `x_hat.view(-1, 1, 16, 16)`."""
# pivot-corpus: name=DenseAutoencoder input_shape=3,1,16,16
import torch
import torch.nn as nn


class DenseAutoencoder(nn.Module):
    def __init__(self, image_size: int = 16, hidden_dims=(128, 64), latent_dim: int = 16):
        super().__init__()
        self.image_size = image_size
        input_dim = image_size * image_size
        enc = []
        prev = input_dim
        for h in hidden_dims:
            enc.extend([nn.Linear(prev, h), nn.ReLU()])
            prev = h
        enc.append(nn.Linear(prev, latent_dim))
        self.encoder = nn.Sequential(*enc)
        dec = []
        prev = latent_dim
        for h in reversed(hidden_dims):
            dec.extend([nn.Linear(prev, h), nn.ReLU()])
            prev = h
        dec.extend([nn.Linear(prev, input_dim), nn.Sigmoid()])
        self.decoder = nn.Sequential(*dec)

    def forward(self, x):
        z = self.encoder(x.view(x.size(0), -1))
        x_hat = self.decoder(z)
        return x_hat.view(-1, 1, self.image_size, self.image_size)
