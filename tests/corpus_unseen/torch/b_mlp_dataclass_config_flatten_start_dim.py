"""LLM-generated style (ChatGPT, "Write a configurable MLP classifier for Fashion-MNIST using a dataclass for the
hyperparameters, input shape (N, 1, 28, 28)"): `@dataclass class MLPConfig` with a `field(default_factory=...)` list,
`nn.Flatten(start_dim=1)` as the first layer, layers from `zip([cfg.input_dim] + cfg.hidden_dims,
cfg.hidden_dims)`, an activation chosen by name from a dict, and an `@torch.no_grad()` predict method."""
# pivot-corpus: name=ConfigurableMLP input_shape=4,1,28,28
from dataclasses import dataclass, field
from typing import List

import torch
import torch.nn as nn


@dataclass
class MLPConfig:
    input_dim: int = 28 * 28
    hidden_dims: List[int] = field(default_factory=lambda: [256, 128, 64])
    num_classes: int = 10
    dropout: float = 0.2
    activation: str = "leaky_relu"


ACTIVATIONS = {
    "relu": nn.ReLU,
    "gelu": nn.GELU,
    "leaky_relu": nn.LeakyReLU,
    "tanh": nn.Tanh,
}


class ConfigurableMLP(nn.Module):
    def __init__(self, cfg: MLPConfig = MLPConfig()):
        super().__init__()
        self.cfg = cfg
        act_cls = ACTIVATIONS[cfg.activation]
        layers = [nn.Flatten(start_dim=1)]
        for in_dim, out_dim in zip([cfg.input_dim] + cfg.hidden_dims, cfg.hidden_dims):
            layers.extend([nn.Linear(in_dim, out_dim), act_cls(), nn.Dropout(cfg.dropout)])
        layers.append(nn.Linear(cfg.hidden_dims[-1], cfg.num_classes))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return self.net(x)

    @torch.no_grad()
    def predict(self, x):
        self.eval()
        return self.forward(x).argmax(dim=1)


if __name__ == "__main__":
    model = ConfigurableMLP(MLPConfig(activation="gelu"))
    x = torch.randn(4, 1, 28, 28)
    print(model(x).shape, model.predict(x))
