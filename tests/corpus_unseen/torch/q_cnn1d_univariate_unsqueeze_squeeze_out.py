"""LLM-generated style ("1D CNN for univariate sales forecasting"): the (N, L) series gets its channel with
`x.unsqueeze(1)`, two Conv1d with padding, `nn.AdaptiveAvgPool1d(1)`, a 1x1 Conv1d head and `.squeeze(-1)` twice
at the end (`out.squeeze(-1).squeeze(-1)`)."""
# pivot-corpus: name=SalesCNN input_shape=4,36
import torch
import torch.nn as nn


class SalesCNN(nn.Module):
    def __init__(self, hidden: int = 16):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv1d(1, hidden, 5, padding=2), nn.ReLU(),
            nn.Conv1d(hidden, hidden, 5, padding=2), nn.ReLU(),
            nn.AdaptiveAvgPool1d(1),
        )
        self.head = nn.Conv1d(hidden, 1, kernel_size=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.unsqueeze(1)
        out = self.head(self.body(x))
        return out.squeeze(-1).squeeze(-1)


model = SalesCNN()
