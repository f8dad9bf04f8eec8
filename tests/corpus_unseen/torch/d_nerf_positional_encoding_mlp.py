"""LLM-generated style (research-dataset prompt: "Write a PyTorch NeRF-style MLP with positional encoding; input
(N, 3) coordinates"): sin/cos of the coordinates times powers of two concatenated with the input, an 8-layer MLP
with a skip concatenation at layer 4, RGB and density heads."""
# pivot-corpus: name=NeRFMLP input_shape=8,3
import torch
import torch.nn as nn


class NeRFMLP(nn.Module):
    def __init__(self, num_freqs=4, hidden=32, depth=6, skip=3):
        super().__init__()
        self.num_freqs = num_freqs
        in_dim = 3 + 3 * 2 * num_freqs
        self.skip = skip
        self.layers = nn.ModuleList()
        for i in range(depth):
            if i == 0:
                self.layers.append(nn.Linear(in_dim, hidden))
            elif i == skip:
                self.layers.append(nn.Linear(hidden + in_dim, hidden))
            else:
                self.layers.append(nn.Linear(hidden, hidden))
        self.sigma = nn.Linear(hidden, 1)
        self.rgb = nn.Linear(hidden, 3)

    def encode(self, x):
        out = [x]
        for i in range(self.num_freqs):
            out.append(torch.sin((2.0 ** i) * x))
            out.append(torch.cos((2.0 ** i) * x))
        return torch.cat(out, dim=-1)

    def forward(self, x):
        h = inp = self.encode(x)
        for i, layer in enumerate(self.layers):
            if i == self.skip:
                h = torch.cat([h, inp], dim=-1)
            h = torch.relu(layer(h))
        return torch.cat([torch.sigmoid(self.rgb(h)), torch.relu(self.sigma(h))], dim=-1)
