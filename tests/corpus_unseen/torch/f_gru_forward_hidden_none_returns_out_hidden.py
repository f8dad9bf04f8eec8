"""LLM-generated style (prompt: "Write a PyTorch GRU model class for multivariate time-series classification that
can carry its hidden state between calls; input shape (N, T, F)"): `def forward(self, x, hidden=None)` with `if
hidden is None: hidden = torch.zeros(self.n_layers, x.size(0), self.hidden_dim)`, `out, hidden = self.gru(x,
hidden)` and `return out, hidden` of the last step's logits and the new state."""
# pivot-corpus: name=GRUClassifier input_shape=4,24,6
import torch
import torch.nn as nn


class GRUClassifier(nn.Module):
    def __init__(self, input_dim=6, hidden_dim=32, n_layers=2, n_classes=5, drop_prob=0.2):
        super(GRUClassifier, self).__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.gru = nn.GRU(input_dim, hidden_dim, n_layers, batch_first=True, dropout=drop_prob)
        self.fc = nn.Linear(hidden_dim, n_classes)
        self.relu = nn.ReLU()

    def forward(self, x, hidden=None):
        if hidden is None:
            hidden = torch.zeros(self.n_layers, x.size(0), self.hidden_dim)
        out, hidden = self.gru(x, hidden)
        out = self.fc(self.relu(out[:, -1]))
        return out, hidden
