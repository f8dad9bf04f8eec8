"""Recurrent cells applied step by step in forward, as char-RNNs and seq2seq decoders write them: an LSTMCell
over the embedded tokens in a Python loop (the first step from zero states), a GRUCell decoder fed its own
output, and an unbiased RNNCell with relu on each output."""
# pivot-corpus: name=CellLoopNet input_shape=2,7 input_dtype=int64
import torch
import torch.nn as nn


class CellLoopNet(nn.Module):
    def __init__(self, vocab=12, emb=6, hidden=8, steps=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTMCell(emb, hidden)
        self.decoder = nn.GRUCell(hidden, hidden)
        self.post = nn.RNNCell(hidden, 5, bias=False, nonlinearity="relu")
        self.out = nn.Linear(5, vocab)
        self.steps = steps

    def forward(self, tokens):
        x = self.embed(tokens)
        h, c = self.encoder(x[:, 0])
        for t in range(1, x.shape[1]):
            h, c = self.encoder(x[:, t], (h, c))
        y, outs = h, []
        for _ in range(self.steps):
            h = self.decoder(y, h)
            y = torch.tanh(h + c)
            outs.append(self.post(y))
        return self.out(torch.stack(outs, dim=1))
