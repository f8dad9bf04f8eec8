"""LLM-generated style (ChatGPT, "an LSTM autoencoder for anomaly detection in time series"): the encoder's
`hidden[-1]` (batch, latent) repeated over time with `.unsqueeze(1).repeat(1, seq_len, 1)`, a decoder LSTM, and a
per-step Linear reconstruction (batch, seq, features)."""
# pivot-corpus: name=LSTMAutoencoder input_shape=2,10,3
import torch
import torch.nn as nn


class LSTMAutoencoder(nn.Module):
    def __init__(self, n_features=3, latent_dim=8, hidden_dim=16):
        super().__init__()
        self.encoder = nn.LSTM(n_features, latent_dim, batch_first=True)
        self.decoder = nn.LSTM(latent_dim, hidden_dim, batch_first=True)
        self.output_layer = nn.Linear(hidden_dim, n_features)

    def forward(self, x):
        seq_len = x.shape[1]
        _, (hidden, _) = self.encoder(x)
        latent = hidden[-1]
        repeated = latent.unsqueeze(1).repeat(1, seq_len, 1)
        decoded, _ = self.decoder(repeated)
        return self.output_layer(decoded)
