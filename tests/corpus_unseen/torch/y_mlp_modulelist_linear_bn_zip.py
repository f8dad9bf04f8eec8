"""Imitates a Claude answer to "Write a PyTorch model class for a regression MLP, input shape (N, 16), output
(N, 1)": two `nn.ModuleList`s (Linear layers and BatchNorm1d layers) zipped in forward, `F.relu` between, and
`self.out` separate; `_init_weights` with xavier_uniform_ over `self.modules()`."""
# pivot-corpus: name=RegressionMLP input_shape=8,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class RegressionMLP(nn.Module):
    def __init__(self, in_features=16, hidden_dims=(48, 24, 12), out_features=1):
        super(RegressionMLP, self).__init__()
        dims = [in_features] + list(hidden_dims)
        self.linears = nn.ModuleList([nn.Linear(dims[i], dims[i + 1]) for i in range(len(hidden_dims))])
        self.norms = nn.ModuleList([nn.BatchNorm1d(d) for d in hidden_dims])
        self.out = nn.Linear(dims[-1], out_features)
        self._init_weights()

    def _init_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)

    def forward(self, x):
        for linear, norm in zip(self.linears, self.norms):
            x = F.relu(norm(linear(x)))
        return self.out(x)
