"""A GroupNorm CNN with parallel branches held in nn.ModuleDict and an activation picked from a ModuleDict by name."""
# pivot-corpus: name=BranchNet input_shape=2,3,16,16 input_dtype=float32
import torch
import torch.nn as nn


class BranchNet(nn.Module):
    def __init__(self, in_channels=3, width=32, num_classes=10, activation="relu"):
        super().__init__()
        self.stem = nn.Conv2d(in_channels, width, kernel_size=3, padding=1)
        self.norm = nn.GroupNorm(4, 32)
        self.activations = nn.ModuleDict({
            "relu": nn.ReLU(),
            "gelu": nn.GELU(),
            "silu": nn.SiLU(),
        })
        self.act_name = activation
        self.branches = nn.ModuleDict({
            "conv3x3": nn.Conv2d(width, 16, kernel_size=3, padding=1),
            "conv1x1": nn.Conv2d(width, 16, kernel_size=1),
            "pool": nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1), nn.Conv2d(width, 16, kernel_size=1)),
        })
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(16 * len(self.branches), num_classes)

    def forward(self, x):
        act = self.activations[self.act_name]
        x = act(self.norm(self.stem(x)))
        outs = []
        for name, branch in self.branches.items():
            outs.append(act(branch(x)))
        x = torch.cat(outs, dim=1)
        x = self.pool(x).flatten(1)
        return self.fc(x)
