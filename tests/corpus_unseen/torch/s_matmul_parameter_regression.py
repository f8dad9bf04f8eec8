"""From-scratch tutorial style ("logistic regression / MLP without nn.Linear"): weights stored as (in, out)
`nn.Parameter(torch.randn(n_in, n_hidden) / math.sqrt(n_in))`, `torch.matmul(x, self.W1) + self.b1`, `torch.tanh`,
`x @ self.W2 + self.b2`."""
# pivot-corpus: name=ScratchMLP input_shape=4,10
import math

import torch
import torch.nn as nn


class ScratchMLP(nn.Module):
    def __init__(self, n_in=10, n_hidden=16, n_out=2):
        super().__init__()
        self.W1 = nn.Parameter(torch.randn(n_in, n_hidden) / math.sqrt(n_in))
        self.b1 = nn.Parameter(torch.zeros(n_hidden))
        self.W2 = nn.Parameter(torch.randn(n_hidden, n_out) / math.sqrt(n_hidden))
        self.b2 = nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        h = torch.tanh(torch.matmul(x, self.W1) + self.b1)
        return h @ self.W2 + self.b2


model = ScratchMLP()
