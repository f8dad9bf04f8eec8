"""LLM-generated style ("multi-scale 1D CNN for wearable activity recognition"): three Conv1d branches with
kernel sizes 3/5/7 held in a `nn.ModuleDict`, each globally max-pooled with `.max(dim=-1).values`, joined with
`torch.cat([...], dim=-1)`."""
# pivot-corpus: name=MultiScaleHAR input_shape=2,3,100
import torch
import torch.nn as nn


class MultiScaleHAR(nn.Module):
    def __init__(self, in_channels=3, filters=16, num_classes=6):
        super().__init__()
        self.branches = nn.ModuleDict({
            f"k{k}": nn.Sequential(nn.Conv1d(in_channels, filters, k, padding=k // 2), nn.BatchNorm1d(filters),
                                   nn.ReLU())
            for k in (3, 5, 7)
        })
        self.fc = nn.Linear(filters * 3, num_classes)

    def forward(self, x):
        feats = [branch(x).max(dim=-1).values for branch in self.branches.values()]
        return self.fc(torch.cat(feats, dim=-1))


model = MultiScaleHAR()
