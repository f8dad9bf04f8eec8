"""The char-RNN of tutorials: a GRUCell over the embedded characters, the state started with `torch.zeros`
(on the input's device) and stepped in a loop over `x.size(1)`, the last state classified."""
# pivot-corpus: name=CharGRU input_shape=2,7 input_dtype=int64
import torch
import torch.nn as nn


class CharGRU(nn.Module):
    def __init__(self, vocab=12, emb=6, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, emb)
        self.cell = nn.GRUCell(emb, hidden)
        self.fc = nn.Linear(hidden, vocab)

    def forward(self, tokens):
        x = self.embed(tokens)
        h = torch.zeros(x.size(0), self.hidden, device=x.device)
        for t in range(x.size(1)):
            h = self.cell(x[:, t, :], h)
        return self.fc(h)
