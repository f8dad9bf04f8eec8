"""LLM-generated style LSTM autoencoder for time-series anomaly detection: the encoder's `h_n[-1]`
repeated over time with `.unsqueeze(1).repeat(1, self.seq_len, 1)`, a decoder LSTM, a Linear on every step."""
# pivot-corpus: name=LSTMAutoencoder input_shape=2,20,3
import torch.nn as nn


class LSTMAutoencoder(nn.Module):
    def __init__(self, seq_len=20, n_features=3, embedding_dim=16):
        super().__init__()
        self.seq_len = seq_len
        self.encoder = nn.LSTM(n_features, embedding_dim, batch_first=True)
        self.decoder = nn.LSTM(embedding_dim, embedding_dim, batch_first=True)
        self.output_layer = nn.Linear(embedding_dim, n_features)

    def forward(self, x):
        _, (hidden, _) = self.encoder(x)
        z = hidden[-1].unsqueeze(1).repeat(1, self.seq_len, 1)
        decoded, _ = self.decoder(z)
        return self.output_layer(decoded)


model = LSTMAutoencoder()
