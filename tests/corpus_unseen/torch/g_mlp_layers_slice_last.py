"""LLM-generated style MLP from a `layer_sizes` list: `nn.ModuleList([nn.Linear(sizes[i], sizes[i + 1]) for i in
range(len(sizes) - 1)])`, forward `for layer in self.layers[:-1]: x = F.relu(layer(x))` and
`return self.layers[-1](x)`; `F.dropout(x, p=self.dropout, training=self.training)` between."""
# pivot-corpus: name=MLP input_shape=4,20
import torch
import torch.nn as nn
import torch.nn.functional as F


class MLP(nn.Module):
    def __init__(self, input_dim=20, hidden_dims=(64, 32), output_dim=3, dropout=0.2):
        super(MLP, self).__init__()
        sizes = [input_dim] + list(hidden_dims) + [output_dim]
        self.layers = nn.ModuleList([nn.Linear(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)])
        self.dropout = dropout

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = F.relu(layer(x))
            x = F.dropout(x, p=self.dropout, training=self.training)
        return self.layers[-1](x)


model = MLP()
