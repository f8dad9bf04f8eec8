"""A residual MLP whose hidden blocks live in nn.ModuleList comprehensions applied in a for loop."""
# pivot-corpus: name=ResidualMLP input_shape=2,32 input_dtype=float32
import torch.nn as nn
import torch.nn.functional as F


class ResidualMLP(nn.Module):
    def __init__(self, in_features=32, hidden=64, n_blocks=3, out_features=10):
        super().__init__()
        self.input_layer = nn.Linear(in_features, hidden)
        self.hidden_layers = nn.ModuleList([nn.Linear(hidden, hidden) for _ in range(n_blocks)])
        self.norms = nn.ModuleList([nn.LayerNorm(hidden) for _ in range(n_blocks)])
        self.output_layer = nn.Linear(hidden, out_features)

    def forward(self, x):
        x = F.relu(self.input_layer(x))
        for layer, norm in zip(self.hidden_layers, self.norms):
            x = x + F.relu(layer(norm(x)))
        return self.output_layer(x)
