"""LLM-generated style (assistant answer to "Write a PyTorch MLP for tabular regression, input shape (N, 20)"):
module-level constants, `hidden_dims: List[int]` built with `zip(dims[:-1], dims[1:])`, the activation chosen by
name with `getattr(nn, activation)()`, `Optional[float]` dropout, `self.apply(self._init_weights)` with
`nn.init.xavier_uniform_` / `nn.init.zeros_`, and a `@torch.no_grad()` `predict`."""
# pivot-corpus: name=TabularRegressor input_shape=4,20
from typing import List, Optional

import torch
import torch.nn as nn

INPUT_DIM = 20
OUTPUT_DIM = 1
DEFAULT_HIDDEN = [128, 64, 32]


class TabularRegressor(nn.Module):
    """A fully connected regressor for tabular features.

    Args:
        input_dim: Number of input features.
        hidden_dims: Sizes of the hidden layers, in order.
        output_dim: Number of regression targets.
        activation: Name of an activation class in ``torch.nn`` (e.g. ``"ReLU"``, ``"GELU"``).
        dropout: Dropout probability after each hidden layer, or ``None`` for no dropout.
    """

    def __init__(
        self,
        input_dim: int = INPUT_DIM,
        hidden_dims: Optional[List[int]] = None,
        output_dim: int = OUTPUT_DIM,
        activation: str = "GELU",
        dropout: Optional[float] = 0.1,
    ) -> None:
        super().__init__()
        hidden_dims = hidden_dims or DEFAULT_HIDDEN
        dims = [input_dim] + list(hidden_dims)
        layers: List[nn.Module] = []
        for in_dim, out_dim in zip(dims[:-1], dims[1:]):
            layers.append(nn.Linear(in_dim, out_dim))
            layers.append(getattr(nn, activation)())
            if dropout is not None:
                layers.append(nn.Dropout(dropout))
        self.backbone = nn.Sequential(*layers)
        self.head = nn.Linear(dims[-1], output_dim)
        self.apply(self._init_weights)

    @staticmethod
    def _init_weights(module: nn.Module) -> None:
        if isinstance(module, nn.Linear):
            nn.init.xavier_uniform_(module.weight)
            nn.init.zeros_(module.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Args:
            x: (N, input_dim) feature matrix.
        Returns:
            (N, output_dim) predictions.
        """
        features = self.backbone(x)  # (N, hidden_dims[-1])
        return self.head(features)  # (N, output_dim)

    @torch.no_grad()
    def predict(self, x: torch.Tensor) -> torch.Tensor:
        self.eval()
        return self.forward(x).squeeze(-1)


if __name__ == "__main__":
    model = TabularRegressor()
    print(model(torch.randn(4, INPUT_DIM)).shape)
