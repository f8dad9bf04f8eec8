"""Issue 13: the LLM-written MLP looping over all but the last layer of a ModuleList (`for layer in
self.layers[:-1]`, then `self.layers[-1](x)`) was PIV102 (`layer(...)` not an op Pivot knows)."""
# pivot-corpus: name=DeepMLP input_shape=2,10
import torch
import torch.nn as nn
import torch.nn.functional as F


class DeepMLP(nn.Module):
    def __init__(self, input_dim=10, hidden_dims=[32, 16, 8], output_dim=2):
        super(DeepMLP, self).__init__()
        dims = [input_dim] + hidden_dims + [output_dim]
        self.layers = nn.ModuleList([nn.Linear(dims[i], dims[i + 1]) for i in range(len(dims) - 1)])
        self.num_layers = len(self.layers)

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = F.relu(layer(x))
        x = self.layers[-1](x)
        return x

