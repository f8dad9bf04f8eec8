"""Imitates a code-model (DeepSeek-Coder style) answer: a `@dataclass` ModelConfig, `nn.SiLU`, and dropout
written functionally as `F.dropout(x, p=self.dropout_rate, training=self.training)` with the rate stored on
`self.dropout_rate`; a residual add between two hidden layers of equal width."""
# pivot-corpus: name=SiLUMLP input_shape=4,32
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class ModelConfig:
    input_dim: int = 32
    hidden_dim: int = 64
    output_dim: int = 5
    dropout_rate: float = 0.25


class SiLUMLP(nn.Module):
    def __init__(self, config: ModelConfig = ModelConfig()):
        super().__init__()
        self.config = config
        self.dropout_rate = config.dropout_rate
        self.fc_in = nn.Linear(config.input_dim, config.hidden_dim)
        self.fc_hidden = nn.Linear(config.hidden_dim, config.hidden_dim)
        self.fc_out = nn.Linear(config.hidden_dim, config.output_dim)
        self.act = nn.SiLU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act(self.fc_in(x))
        h = F.dropout(h, p=self.dropout_rate, training=self.training)
        h = h + self.act(self.fc_hidden(h))
        h = F.dropout(h, p=self.dropout_rate, training=self.training)
        return self.fc_out(h)


if __name__ == "__main__":
    cfg = ModelConfig()
    print(SiLUMLP(cfg)(torch.randn(4, cfg.input_dim)).shape)
