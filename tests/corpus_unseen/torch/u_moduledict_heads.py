"""Multi-task network: a shared trunk and an `nn.ModuleDict` of named heads, outputs joined with
`torch.cat([self.heads[name](h) for name in self.task_names], dim=-1)`."""
# pivot-corpus: name=MultiTaskNet input_shape=4,16
import torch
import torch.nn as nn


class MultiTaskNet(nn.Module):
    def __init__(self, in_features=16, hidden=32, tasks=None):
        super().__init__()
        tasks = tasks or {"age": 1, "gender": 2, "emotion": 4}
        self.task_names = list(tasks.keys())
        self.trunk = nn.Sequential(nn.Linear(in_features, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.heads = nn.ModuleDict({name: nn.Linear(hidden, n) for name, n in tasks.items()})

    def forward(self, x):
        h = self.trunk(x)
        return torch.cat([self.heads[name](h) for name in self.task_names], dim=-1)


model = MultiTaskNet()
