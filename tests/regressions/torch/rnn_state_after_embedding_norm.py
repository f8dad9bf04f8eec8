"""An Embedding then a GRU (batch-first), `h_n[-1]` of its top layer normalised by nn.BatchNorm1d: the GRU's input
rank is known (an embedding of token ids), so h_n[-1] is (N, H) (was PIV105)."""
# pivot-corpus: name=EmbGRU input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn


class EmbGRU(nn.Module):
    def __init__(self, vocab=50, emb=8, hidden=16, classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, num_layers=2, batch_first=True)
        self.bn = nn.BatchNorm1d(hidden)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        out, h_n = self.gru(self.embed(tokens))
        return self.fc(self.bn(h_n[-1]))
