"""LLM-generated style (prompt: "LSTM autoencoder in PyTorch returning the reconstruction and the embedding;
windows of 30 steps x 4 features"): the window length stored as `self.seq_len` in __init__, the encoder's
`(hidden, _)` state, `hidden[-1].unsqueeze(1).repeat(1, self.seq_len, 1)`, two decoder LSTMs, and `return
reconstruction, embedding`."""
# pivot-corpus: name=LSTMAutoencoder input_shape=2,30,4
import torch.nn as nn


class LSTMAutoencoder(nn.Module):
    def __init__(self, seq_len=30, n_features=4, embedding_dim=16):
        super(LSTMAutoencoder, self).__init__()
        self.seq_len = seq_len
        self.encoder = nn.LSTM(n_features, embedding_dim, num_layers=1, batch_first=True)
        self.decoder1 = nn.LSTM(embedding_dim, embedding_dim, batch_first=True)
        self.decoder2 = nn.LSTM(embedding_dim, 2 * embedding_dim, batch_first=True)
        self.output_layer = nn.Linear(2 * embedding_dim, n_features)

    def forward(self, x):
        _, (hidden, _) = self.encoder(x)
        embedding = hidden[-1]
        repeated = embedding.unsqueeze(1).repeat(1, self.seq_len, 1)
        out, _ = self.decoder1(repeated)
        out, _ = self.decoder2(out)
        reconstruction = self.output_layer(out)
        return reconstruction, embedding
