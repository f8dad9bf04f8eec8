"""LLM-generated style gated MLP for tabular data: `F.glu(self.fc(x), dim=-1)`, `F.silu`, `torch.tanh`
gate mixing `g * a + (1 - g) * b`, `nn.Hardswish` in a head."""
# pivot-corpus: name=GatedTabular input_shape=4,14
import torch
import torch.nn as nn
import torch.nn.functional as F


class GatedTabular(nn.Module):
    def __init__(self, d_in=14, d_hidden=32, n_out=3):
        super().__init__()
        self.fc = nn.Linear(d_in, d_hidden * 2)
        self.a = nn.Linear(d_hidden, d_hidden)
        self.b = nn.Linear(d_hidden, d_hidden)
        self.gate = nn.Linear(d_hidden, d_hidden)
        self.head = nn.Sequential(nn.Linear(d_hidden, 16), nn.Hardswish(), nn.Linear(16, n_out))

    def forward(self, x):
        h = F.glu(self.fc(x), dim=-1)
        g = torch.sigmoid(self.gate(h))
        a = F.silu(self.a(h))
        b = torch.tanh(self.b(h))
        h = g * a + (1 - g) * b
        return self.head(h)


model = GatedTabular()
