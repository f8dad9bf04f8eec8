"""LLM-generated style ("Write a PyTorch multi-task MLP that predicts a class and a regression value from 32 sensor
features, input shape (N, 32)"): a shared trunk, task heads in an `nn.ModuleDict` keyed by task name built from a
`TASKS` dict constant, a forward returning a `Dict[str, torch.Tensor]` (`{name: head(h) for ...}`), and
`nn.init.kaiming_uniform_(..., nonlinearity="relu")` in an isinstance chain."""
# pivot-corpus: name=MultiTaskMLP input_shape=4,32
from typing import Dict

import torch
import torch.nn as nn

TASKS: Dict[str, int] = {"fault_type": 5, "remaining_life": 1}


class MultiTaskMLP(nn.Module):
    """Shared-trunk multi-task network.

    Args:
        in_features: Number of input features.
        hidden: Width of the shared trunk.
        tasks: Mapping of task name to output size.
    """

    def __init__(self, in_features: int = 32, hidden: int = 96, tasks: Dict[str, int] = TASKS) -> None:
        super().__init__()
        self.trunk = nn.Sequential(
            nn.Linear(in_features, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
        )
        self.heads = nn.ModuleDict({
            name: nn.Sequential(nn.Linear(hidden, hidden // 2), nn.ReLU(), nn.Linear(hidden // 2, out_dim))
            for name, out_dim in tasks.items()
        })
        self.apply(self._init_weights)

    def _init_weights(self, m: nn.Module) -> None:
        if isinstance(m, nn.Linear):
            nn.init.kaiming_uniform_(m.weight, nonlinearity="relu")
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.BatchNorm1d):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)

    def forward(self, x: torch.Tensor) -> Dict[str, torch.Tensor]:
        h = self.trunk(x)  # (N, hidden)
        return {name: head(h) for name, head in self.heads.items()}


if __name__ == "__main__":
    out = MultiTaskMLP()(torch.randn(4, 32))
    print({k: v.shape for k, v in out.items()})
