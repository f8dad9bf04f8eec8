"""Tabular MLP written as a loop over `zip(self.linears, self.norms)` of two ModuleLists, with
`F.dropout(x, self.p, self.training)` (positional training flag) and `F.leaky_relu(x, 0.01)`."""
# pivot-corpus: name=ZipMLP input_shape=4,14
import torch.nn as nn
import torch.nn.functional as F


class ZipMLP(nn.Module):
    def __init__(self, d_in=14, widths=(32, 32, 16), d_out=1, p=0.1):
        super().__init__()
        dims = [d_in, *widths]
        self.linears = nn.ModuleList(nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:]))
        self.norms = nn.ModuleList(nn.BatchNorm1d(b) for b in widths)
        self.p = p
        self.out = nn.Linear(widths[-1], d_out)

    def forward(self, x):
        for lin, bn in zip(self.linears, self.norms):
            x = F.leaky_relu(bn(lin(x)), 0.01)
            x = F.dropout(x, self.p, self.training)
        return self.out(x)


model = ZipMLP()
