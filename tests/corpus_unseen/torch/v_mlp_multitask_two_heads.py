"""Imitates a Claude answer to "an MLP that predicts a class and a continuous target at once": a shared trunk,
two heads, `return logits, value.squeeze(1)` as a tuple, `nn.BatchNorm1d` and `nn.ReLU(inplace=True)` in the
trunk, `nn.Hardtanh` on the regression head."""
# pivot-corpus: name=MultiTaskMLP input_shape=4,16
import torch
import torch.nn as nn


class MultiTaskMLP(nn.Module):
    def __init__(self, in_dim=16, hidden=64, n_classes=3):
        super().__init__()
        self.shared = nn.Sequential(
            nn.Linear(in_dim, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(inplace=True),
            nn.Linear(hidden, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(inplace=True),
        )
        self.cls_head = nn.Linear(hidden, n_classes)
        self.reg_head = nn.Sequential(nn.Linear(hidden, 1), nn.Hardtanh(min_val=-3.0, max_val=3.0))

    def forward(self, x):
        h = self.shared(x)
        logits = self.cls_head(h)
        value = self.reg_head(h)
        return logits, value.squeeze(1)
