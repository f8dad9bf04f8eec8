"""Imitates a Gemini answer to "Write a PyTorch model class for multi-scale 1-D CNN on physiological signals,
input shape (N, 2, 120), output (N, 3)": parallel Conv1d branches with kernel sizes 3, 5, 7 in an
`nn.ModuleList`, each followed by `F.adaptive_max_pool1d(..., 1).squeeze(2)`, concatenated, with a
`nn.LayerNorm` and GELU head."""
# pivot-corpus: name=MultiScaleCNN1D input_shape=3,2,120
import torch
import torch.nn as nn
import torch.nn.functional as F


class MultiScaleCNN1D(nn.Module):
    def __init__(self, in_channels=2, num_filters=12, kernel_sizes=(3, 5, 7), num_classes=3):
        super().__init__()
        self.branches = nn.ModuleList([
            nn.Sequential(
                nn.Conv1d(in_channels, num_filters, k, padding=k // 2),
                nn.BatchNorm1d(num_filters),
                nn.ReLU(),
            )
            for k in kernel_sizes
        ])
        total = num_filters * len(kernel_sizes)
        self.head = nn.Sequential(nn.LayerNorm(total), nn.Linear(total, 32), nn.GELU(), nn.Linear(32, num_classes))

    def forward(self, x):
        feats = [F.adaptive_max_pool1d(branch(x), 1).squeeze(2) for branch in self.branches]
        x = torch.cat(feats, dim=1)
        return self.head(x)
