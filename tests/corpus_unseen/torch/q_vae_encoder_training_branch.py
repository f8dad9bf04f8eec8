"""LLM-generated style ("variational autoencoder for anomaly detection on tabular data"): `reparameterize` draws
noise only under `if self.training:` and returns `mu` in eval mode; forward returns `(recon, mu, logvar)`."""
# pivot-corpus: name=TabularVAE input_shape=4,20
import torch
import torch.nn as nn


class TabularVAE(nn.Module):
    def __init__(self, input_dim=20, hidden_dim=16, latent_dim=4):
        super().__init__()
        self.fc1 = nn.Linear(input_dim, hidden_dim)
        self.fc_mu = nn.Linear(hidden_dim, latent_dim)
        self.fc_logvar = nn.Linear(hidden_dim, latent_dim)
        self.fc2 = nn.Linear(latent_dim, hidden_dim)
        self.fc3 = nn.Linear(hidden_dim, input_dim)
        self.relu = nn.ReLU()

    def encode(self, x):
        h = self.relu(self.fc1(x))
        return self.fc_mu(h), self.fc_logvar(h)

    def reparameterize(self, mu, logvar):
        if self.training:
            std = torch.exp(0.5 * logvar)
            eps = torch.randn_like(std)
            return mu + eps * std
        return mu

    def decode(self, z):
        return self.fc3(self.relu(self.fc2(z)))

    def forward(self, x):
        mu, logvar = self.encode(x)
        z = self.reparameterize(mu, logvar)
        return self.decode(z), mu, logvar


model = TabularVAE()
