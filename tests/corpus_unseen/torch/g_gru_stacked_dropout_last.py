"""LLM-generated style GRU forecaster: `nn.GRU(input_dim, hidden_dim, n_layers, batch_first=True,
dropout=drop_prob)` with positional num_layers, `out, h = self.gru(x)`, `self.fc(self.relu(out[:, -1]))`
(the last step indexed with two subscripts only)."""
# pivot-corpus: name=GRUNet input_shape=2,24,5
import torch
import torch.nn as nn


class GRUNet(nn.Module):
    def __init__(self, input_dim=5, hidden_dim=64, output_dim=1, n_layers=3, drop_prob=0.2):
        super(GRUNet, self).__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.gru = nn.GRU(input_dim, hidden_dim, n_layers, batch_first=True, dropout=drop_prob)
        self.fc = nn.Linear(hidden_dim, output_dim)
        self.relu = nn.ReLU()

    def forward(self, x):
        out, h = self.gru(x)
        out = self.fc(self.relu(out[:, -1]))
        return out


model = GRUNet()
