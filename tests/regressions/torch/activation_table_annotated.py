"""ut17 (e_mlp_activation_dict_lookup_residual_blocks): a module-level table of activation classes written with a
type annotation, `ACTIVATIONS: Dict[str, Type[nn.Module]] = {...}` (the assistant style), looked up as
`ACTIVATIONS[activation]()` in the constructor: a class table as its unannotated spelling is
(regressions/torch/activation_table_lookup.py). Was PIV102 (the table is PyTorch code)."""
# pivot-corpus: name=AnnotatedTableMLP input_shape=2,10
from typing import Dict, Type

import torch
import torch.nn as nn

ACTIVATIONS: Dict[str, Type[nn.Module]] = {"relu": nn.ReLU, "tanh": nn.Tanh, "silu": nn.SiLU}


class AnnotatedTableMLP(nn.Module):
    def __init__(self, dims=(10, 12, 8), activation: str = "silu") -> None:
        super().__init__()
        layers = []
        for a, b in zip(dims[:-1], dims[1:]):
            layers.append(nn.Linear(a, b))
            layers.append(ACTIVATIONS[activation]())
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(dims[-1], 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x))
