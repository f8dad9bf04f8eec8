"""LLM-generated style (prompt: "GRU autoencoder for anomaly detection on sensor windows, input (N, T, F)"): a GRU
encoder whose last hidden state is projected to a code, `z.unsqueeze(1).repeat(1, seq_len, 1)` over time with
`seq_len = x.size(1)`, a GRU decoder and a per-step `nn.Linear` back to the features (the reconstruction)."""
# pivot-corpus: name=GRUAutoencoder input_shape=4,20,8
import torch.nn as nn


class GRUAutoencoder(nn.Module):
    def __init__(self, n_features=8, hidden_dim=32, latent_dim=12):
        super().__init__()
        self.encoder = nn.GRU(n_features, hidden_dim, batch_first=True)
        self.to_latent = nn.Linear(hidden_dim, latent_dim)
        self.decoder = nn.GRU(latent_dim, hidden_dim, batch_first=True)
        self.output_layer = nn.Linear(hidden_dim, n_features)

    def forward(self, x):
        seq_len = x.size(1)
        _, h_n = self.encoder(x)
        z = self.to_latent(h_n[-1])
        z_seq = z.unsqueeze(1).repeat(1, seq_len, 1)
        dec_out, _ = self.decoder(z_seq)
        return self.output_layer(dec_out)
