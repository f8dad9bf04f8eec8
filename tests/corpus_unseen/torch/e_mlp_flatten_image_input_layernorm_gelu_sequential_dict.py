"""LLM-generated style ("Write a PyTorch MLP classifier for 32x32 RGB CIFAR images without convolutions, input
(N, 3, 32, 32)"): `nn.Flatten()` as the first layer of an `nn.Sequential(OrderedDict([...]))` with named layers
(`("fc1", nn.Linear(...))`), `nn.LayerNorm` + `nn.GELU`, `nn.init.trunc_normal_` in `_init_weights`, and an
`@torch.no_grad()` `predict` returning `(labels, confidences)`."""
# pivot-corpus: name=CifarMLP input_shape=4,3,32,32
from collections import OrderedDict
from typing import Tuple

import torch
import torch.nn as nn

IN_FEATURES = 3 * 32 * 32
NUM_CLASSES = 10


class CifarMLP(nn.Module):
    """A plain MLP on flattened CIFAR images.

    Args:
        hidden: Width of both hidden layers.
        num_classes: Number of classes.
    """

    def __init__(self, hidden: int = 512, num_classes: int = NUM_CLASSES) -> None:
        super().__init__()
        self.net = nn.Sequential(OrderedDict([
            ("flatten", nn.Flatten()),
            ("fc1", nn.Linear(IN_FEATURES, hidden)),
            ("ln1", nn.LayerNorm(hidden)),
            ("act1", nn.GELU()),
            ("drop1", nn.Dropout(0.2)),
            ("fc2", nn.Linear(hidden, hidden // 2)),
            ("ln2", nn.LayerNorm(hidden // 2)),
            ("act2", nn.GELU()),
            ("out", nn.Linear(hidden // 2, num_classes)),
        ]))
        self.apply(self._init_weights)

    def _init_weights(self, m: nn.Module) -> None:
        if isinstance(m, nn.Linear):
            nn.init.trunc_normal_(m.weight, std=0.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.LayerNorm):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)

    @torch.no_grad()
    def predict(self, x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        probs = torch.softmax(self.forward(x), dim=-1)
        conf, labels = probs.max(dim=-1)
        return labels, conf


if __name__ == "__main__":
    print(CifarMLP()(torch.randn(4, 3, 32, 32)).shape)
