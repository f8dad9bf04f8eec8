"""LLM-generated style (Mistral, "a seq2seq encoder in PyTorch"): `Encoder` with an embedding, dropout and a GRU that
returns `outputs, hidden` (both, as a tuple) for the decoder to use."""
# pivot-corpus: name=Encoder input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim=600, emb_dim=32, hid_dim=48, n_layers=2, dropout=0.1):
        super().__init__()
        self.hid_dim = hid_dim
        self.n_layers = n_layers
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim, n_layers, dropout=dropout, batch_first=True)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        # src = [batch size, src len]
        embedded = self.dropout(self.embedding(src))
        # embedded = [batch size, src len, emb dim]
        outputs, hidden = self.rnn(embedded)
        # outputs = [batch size, src len, hid dim]
        # hidden = [n layers, batch size, hid dim]
        return outputs, hidden
