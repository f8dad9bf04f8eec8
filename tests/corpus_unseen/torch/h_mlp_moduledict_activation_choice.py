"""LLM-generated style MLP choosing its activation from a ModuleDict by a string argument
(`nn.ModuleDict({'relu': nn.ReLU(), 'gelu': nn.GELU(), 'tanh': nn.Tanh()})[activation]`), and a skip
`nn.Identity()` or Linear depending on sizes."""
# pivot-corpus: name=FlexibleMLP input_shape=4,10
import torch.nn as nn


class FlexibleMLP(nn.Module):
    def __init__(self, in_dim=10, hidden=32, out_dim=4, activation='gelu'):
        super().__init__()
        acts = nn.ModuleDict({'relu': nn.ReLU(), 'gelu': nn.GELU(), 'tanh': nn.Tanh()})
        self.act = acts[activation]
        self.fc1 = nn.Linear(in_dim, hidden)
        self.fc2 = nn.Linear(hidden, hidden)
        self.skip = nn.Identity() if in_dim == hidden else nn.Linear(in_dim, hidden)
        self.out = nn.Linear(hidden, out_dim)

    def forward(self, x):
        h = self.act(self.fc1(x))
        h = self.act(self.fc2(h)) + self.skip(x)
        return self.out(h)


model = FlexibleMLP()
