"""Imitates the PyTorch tutorial "NLP From Scratch: Translation with a Sequence to Sequence Network and
Attention": `BahdanauAttention` with `Wa`, `Ua`, `Va` Linear layers,
`scores = self.Va(torch.tanh(self.Wa(query) + self.Ua(keys)))`, `scores.squeeze(2).unsqueeze(1)`,
`F.softmax(scores, dim=-1)` and `torch.bmm(weights, keys)`, returning `context, weights`. Inputs: query
(batch, 1, hidden) and encoder outputs (batch, time, hidden)."""
# pivot-corpus: name=BahdanauAttention input_shape=2,1,16;2,7,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class BahdanauAttention(nn.Module):
    def __init__(self, hidden_size=16):
        super(BahdanauAttention, self).__init__()
        self.Wa = nn.Linear(hidden_size, hidden_size)
        self.Ua = nn.Linear(hidden_size, hidden_size)
        self.Va = nn.Linear(hidden_size, 1)

    def forward(self, query, keys):
        scores = self.Va(torch.tanh(self.Wa(query) + self.Ua(keys)))
        scores = scores.squeeze(2).unsqueeze(1)

        weights = F.softmax(scores, dim=-1)
        context = torch.bmm(weights, keys)

        return context, weights
