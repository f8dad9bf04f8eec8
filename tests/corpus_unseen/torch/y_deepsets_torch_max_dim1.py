"""Imitates a Gemini answer to "Write a PyTorch model class for set classification (Deep Sets), input shape
(N, S, F) = (N, 10, 3), output (N, 2)": a per-element MLP `phi`, permutation-invariant pooling
`torch.max(x, dim=1)[0]` plus `x.sum(dim=1)`, then `rho`."""
# pivot-corpus: name=DeepSets input_shape=4,10,3
import torch
import torch.nn as nn


class DeepSets(nn.Module):
    def __init__(self, in_dim: int = 3, hidden: int = 32, num_classes: int = 2):
        super().__init__()
        self.phi = nn.Sequential(nn.Linear(in_dim, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.rho = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.phi(x)  # (N, S, hidden)
        pooled_max = torch.max(x, dim=1)[0]
        pooled_sum = x.sum(dim=1)
        return self.rho(torch.cat([pooled_max, pooled_sum], dim=-1))
