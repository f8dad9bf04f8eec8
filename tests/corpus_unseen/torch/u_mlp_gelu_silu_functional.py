"""MLP that applies activations as tensor methods and functions: `F.gelu`, `F.silu`, `x.relu()`,
`torch.tanh`, a residual `x = x + self.fc2(...)`, and `F.softmax(logits, dim=1)` output."""
# pivot-corpus: name=FuncActMLP input_shape=4,8
import torch
import torch.nn as nn
import torch.nn.functional as F


class FuncActMLP(nn.Module):
    def __init__(self, d_in=8, d=32, n_classes=3):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d)
        self.fc2 = nn.Linear(d, d)
        self.fc3 = nn.Linear(d, d)
        self.fc4 = nn.Linear(d, d)
        self.out = nn.Linear(d, n_classes)

    def forward(self, x):
        x = F.gelu(self.fc1(x))
        x = x + F.silu(self.fc2(x))
        x = self.fc3(x).relu()
        x = torch.tanh(self.fc4(x))
        logits = self.out(x)
        return F.softmax(logits, dim=1)


model = FuncActMLP()
