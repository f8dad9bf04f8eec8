"""GRU classifier with the hidden state initialised by `self.init_hidden(batch_size)` (a method returning
`torch.zeros(...)`), `out = out[:, -1, :]`, `out = self.relu(out)` before the Linear."""
# pivot-corpus: name=GRUNet input_shape=2,9,6
import torch
import torch.nn as nn


class GRUNet(nn.Module):
    def __init__(self, input_dim=6, hidden_dim=16, output_dim=3, n_layers=2, drop_prob=0.2):
        super(GRUNet, self).__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.gru = nn.GRU(input_dim, hidden_dim, n_layers, batch_first=True, dropout=drop_prob)
        self.fc = nn.Linear(hidden_dim, output_dim)
        self.relu = nn.ReLU()

    def forward(self, x):
        h = self.init_hidden(x.size(0))
        out, h = self.gru(x, h)
        out = self.fc(self.relu(out[:, -1]))
        return out

    def init_hidden(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.hidden_dim)


model = GRUNet()
