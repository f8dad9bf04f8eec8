"""LLM-generated style ("LSTM autoencoder for time-series anomaly detection"): an encoder LSTM whose final
hidden state `hidden[-1]` is repeated over time with `.unsqueeze(1).expand(-1, self.seq_len, -1)`, a decoder LSTM
and a time-distributed Linear back to the feature count."""
# pivot-corpus: name=LSTMAutoencoder input_shape=2,20,3
import torch
import torch.nn as nn


class LSTMAutoencoder(nn.Module):
    def __init__(self, seq_len: int = 20, n_features: int = 3, embedding_dim: int = 16):
        super().__init__()
        self.seq_len = seq_len
        self.encoder = nn.LSTM(n_features, embedding_dim, batch_first=True)
        self.decoder = nn.LSTM(embedding_dim, embedding_dim, batch_first=True)
        self.output_layer = nn.Linear(embedding_dim, n_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _, (hidden, _) = self.encoder(x)
        z = hidden[-1].unsqueeze(1).expand(-1, self.seq_len, -1)
        decoded, _ = self.decoder(z)
        return self.output_layer(decoded)


model = LSTMAutoencoder()
