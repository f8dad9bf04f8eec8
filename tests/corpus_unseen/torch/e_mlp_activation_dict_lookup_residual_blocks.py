"""LLM-generated style ("Write a PyTorch residual MLP classifier for 64-dimensional embeddings, input shape (N, 64)"):
an `ACTIVATIONS = {"relu": nn.ReLU, ...}` dictionary at module level looked up by name, a `ResidualBlock` with
LayerNorm → Linear → activation → Dropout → Linear and `x + self.block(x)`, a `_build_blocks` helper returning
nn.Sequential, `@property num_parameters`, and type hints on every argument."""
# pivot-corpus: name=ResidualMLPClassifier input_shape=4,64
from typing import Dict, Type

import torch
import torch.nn as nn

NUM_CLASSES = 10
EMBED_DIM = 64

ACTIVATIONS: Dict[str, Type[nn.Module]] = {
    "relu": nn.ReLU,
    "gelu": nn.GELU,
    "silu": nn.SiLU,
    "tanh": nn.Tanh,
}


class ResidualBlock(nn.Module):
    """Pre-norm residual MLP block: x + f(LN(x))."""

    def __init__(self, dim: int, expansion: int = 2, activation: str = "gelu", dropout: float = 0.1) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.block = nn.Sequential(
            nn.Linear(dim, dim * expansion),
            ACTIVATIONS[activation](),
            nn.Dropout(dropout),
            nn.Linear(dim * expansion, dim),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.block(self.norm(x))


class ResidualMLPClassifier(nn.Module):
    """Residual MLP classifier.

    Args:
        in_features: Input embedding size.
        width: Width of the residual stream.
        depth: Number of residual blocks.
        num_classes: Number of output classes.
        activation: Key into ``ACTIVATIONS``.
    """

    def __init__(self, in_features: int = EMBED_DIM, width: int = 128, depth: int = 3,
                 num_classes: int = NUM_CLASSES, activation: str = "silu") -> None:
        super().__init__()
        self.stem = nn.Linear(in_features, width)
        self.blocks = self._build_blocks(width, depth, activation)
        self.final_norm = nn.LayerNorm(width)
        self.classifier = nn.Linear(width, num_classes)

    @staticmethod
    def _build_blocks(width: int, depth: int, activation: str) -> nn.Sequential:
        return nn.Sequential(*[ResidualBlock(width, activation=activation) for _ in range(depth)])

    @property
    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters() if p.requires_grad)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem(x)            # (N, width)
        h = self.blocks(h)          # (N, width)
        h = self.final_norm(h)
        return self.classifier(h)   # (N, num_classes)


if __name__ == "__main__":
    net = ResidualMLPClassifier()
    print(net(torch.randn(4, EMBED_DIM)).shape, net.num_parameters)
