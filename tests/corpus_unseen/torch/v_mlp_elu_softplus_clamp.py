"""Imitates a Mistral answer to "MLP that predicts a positive quantity (e.g. rainfall)": `nn.ELU(alpha=0.5)`,
a `nn.Softplus()` output to keep predictions positive, and `torch.clamp(out, min=1e-6, max=1e3)` for
numerical safety."""
# pivot-corpus: name=PositiveRegressor input_shape=4,10
import torch
import torch.nn as nn


class PositiveRegressor(nn.Module):
    def __init__(self, in_dim=10, hidden=48):
        super().__init__()
        self.model = nn.Sequential(
            nn.Linear(in_dim, hidden),
            nn.ELU(alpha=0.5),
            nn.Linear(hidden, hidden // 2),
            nn.ELU(alpha=0.5),
            nn.Linear(hidden // 2, 1),
            nn.Softplus(),
        )

    def forward(self, x):
        out = self.model(x)
        out = torch.clamp(out, min=1e-6, max=1e3)
        return out
