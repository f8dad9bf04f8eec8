"""Binary classifier that returns `torch.sigmoid(self.out(x)).squeeze(1)`, with `nn.Dropout(p=0.2)` and
`self.layers = nn.ModuleList()` filled with `.append` in a loop over `hidden_sizes`."""
# pivot-corpus: name=BinaryMLP input_shape=4,30
import torch
import torch.nn as nn


class BinaryMLP(nn.Module):
    def __init__(self, input_size=30, hidden_sizes=[64, 32, 16], dropout=0.2):
        super().__init__()
        self.layers = nn.ModuleList()
        prev = input_size
        for h in hidden_sizes:
            self.layers.append(nn.Linear(prev, h))
            prev = h
        self.dropout = nn.Dropout(p=dropout)
        self.out = nn.Linear(prev, 1)

    def forward(self, x):
        for layer in self.layers:
            x = self.dropout(torch.relu(layer(x)))
        return torch.sigmoid(self.out(x)).squeeze(1)


model = BinaryMLP()
