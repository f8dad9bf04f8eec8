"""LLM-generated style GRU with additive attention pooling: `self.attn = nn.Linear(hidden, 1)`,
`w = torch.softmax(self.attn(out), dim=1)`, `torch.sum(w * out, dim=1)`, tanh projection before scoring."""
# pivot-corpus: name=GRUAttentionRegressor input_shape=2,40,4
import torch
import torch.nn as nn


class GRUAttentionRegressor(nn.Module):
    def __init__(self, input_size=4, hidden_size=32, num_layers=2):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=True)
        self.proj = nn.Linear(hidden_size, hidden_size)
        self.attn = nn.Linear(hidden_size, 1, bias=False)
        self.out = nn.Linear(hidden_size, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        scores = self.attn(torch.tanh(self.proj(out)))
        w = torch.softmax(scores, dim=1)
        context = torch.sum(w * out, dim=1)
        return self.out(context).squeeze(-1)


model = GRUAttentionRegressor()
