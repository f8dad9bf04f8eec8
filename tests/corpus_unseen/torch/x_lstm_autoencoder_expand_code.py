"""LLM-generated style (Claude, "Generate a PyTorch model: LSTM autoencoder for anomaly detection"): the code
`h_n[-1]` turned to (batch, 1, latent) and `.expand(-1, seq_len, -1)` over time, a decoder LSTM, a
TimeDistributed-like Linear, the encoder and decoder as separate nn.Module classes."""
# pivot-corpus: name=LSTMAutoEncoder input_shape=2,16,5
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_features, embedding_dim):
        super().__init__()
        self.lstm = nn.LSTM(input_size=n_features, hidden_size=embedding_dim, num_layers=1, batch_first=True)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return h_n[-1]


class Decoder(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, n_features):
        super().__init__()
        self.lstm = nn.LSTM(input_size=embedding_dim, hidden_size=hidden_dim, batch_first=True)
        self.output_layer = nn.Linear(hidden_dim, n_features)

    def forward(self, z, seq_len):
        z = z.unsqueeze(1).expand(-1, seq_len, -1)
        out, _ = self.lstm(z)
        return self.output_layer(out)


class LSTMAutoEncoder(nn.Module):
    def __init__(self, seq_len=16, n_features=5, embedding_dim=8):
        super().__init__()
        self.seq_len = seq_len
        self.encoder = Encoder(n_features, embedding_dim)
        self.decoder = Decoder(embedding_dim, 2 * embedding_dim, n_features)

    def forward(self, x):
        z = self.encoder(x)
        return self.decoder(z, self.seq_len)
