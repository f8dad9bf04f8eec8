"""Imitates a Claude answer to "an MLP classifier with proper weight initialization": `self.apply(self._init_weights)`
with `nn.init.xavier_uniform_` / `nn.init.zeros_`, `nn.Mish()`, layers given as an `nn.Sequential` built from a
list comprehension of blocks, and a `predict_proba` method that forward does not use."""
# pivot-corpus: name=MishClassifier input_shape=4,30
import torch
import torch.nn as nn


class MishClassifier(nn.Module):
    def __init__(self, input_dim: int = 30, hidden_dims: tuple = (64, 64, 32), num_classes: int = 2,
                 dropout: float = 0.2):
        super().__init__()
        dims = [input_dim, *hidden_dims]
        self.backbone = nn.Sequential(*[
            nn.Sequential(nn.Linear(dims[i], dims[i + 1]), nn.Mish(), nn.Dropout(dropout))
            for i in range(len(hidden_dims))
        ])
        self.head = nn.Linear(dims[-1], num_classes)
        self.apply(self._init_weights)

    @staticmethod
    def _init_weights(module: nn.Module) -> None:
        if isinstance(module, nn.Linear):
            nn.init.xavier_uniform_(module.weight)
            if module.bias is not None:
                nn.init.zeros_(module.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.backbone(x))

    @torch.no_grad()
    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.forward(x), dim=-1)
