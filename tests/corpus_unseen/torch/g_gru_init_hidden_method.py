"""LLM-generated style GRU with an `init_hidden(self, batch_size)` method returning
`torch.zeros(self.n_layers, batch_size, self.hidden_dim)` that forward calls with `x.size(0)`;
`out, hidden = self.gru(x, h)`, then `self.fc(out[:, -1, :])` and a sigmoid for a binary target."""
# pivot-corpus: name=BinaryGRU input_shape=2,16,7
import torch
import torch.nn as nn


class BinaryGRU(nn.Module):
    def __init__(self, input_dim=7, hidden_dim=24, n_layers=2):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.gru = nn.GRU(input_dim, hidden_dim, n_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def init_hidden(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.hidden_dim)

    def forward(self, x):
        h = self.init_hidden(x.size(0))
        out, hidden = self.gru(x, h)
        out = self.fc(out[:, -1, :])
        return self.sigmoid(out)


model = BinaryGRU()
