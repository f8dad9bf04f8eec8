"""LLM-generated style ("autoencoder for network-intrusion anomaly detection"): encoder and decoder built from a
list of sizes with `zip(dims[:-1], dims[1:])`, ELU activations, a `reversed` decoder and a Sigmoid output;
`encode`/`decode` helper methods."""
# pivot-corpus: name=AnomalyAutoencoder input_shape=4,30
import torch
import torch.nn as nn


class AnomalyAutoencoder(nn.Module):
    def __init__(self, input_dim=30, hidden_dims=(16, 8), latent_dim=4):
        super().__init__()
        dims = [input_dim, *hidden_dims, latent_dim]
        enc = []
        for d_in, d_out in zip(dims[:-1], dims[1:]):
            enc.append(nn.Linear(d_in, d_out))
            enc.append(nn.ELU())
        self.encoder = nn.Sequential(*enc[:-1])
        rdims = list(reversed(dims))
        dec = []
        for d_in, d_out in zip(rdims[:-1], rdims[1:]):
            dec.append(nn.Linear(d_in, d_out))
            dec.append(nn.ELU())
        dec[-1] = nn.Sigmoid()
        self.decoder = nn.Sequential(*dec)

    def encode(self, x):
        return self.encoder(x)

    def decode(self, z):
        return self.decoder(z)

    def forward(self, x):
        return self.decode(self.encode(x))


model = AnomalyAutoencoder()
