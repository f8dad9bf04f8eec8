"""Research-script CNN configured by a @dataclass passed to the constructor (`cfg.channels`, `cfg.kernel`),
layers appended in a loop over `cfg.channels` with `zip(chans[:-1], chans[1:])`."""
# pivot-corpus: name=ConfigCNN input_shape=2,1,28,28
from dataclasses import dataclass, field

import torch
import torch.nn as nn


@dataclass
class ModelConfig:
    in_channels: int = 1
    channels: list = field(default_factory=lambda: [8, 16, 32])
    kernel: int = 3
    num_classes: int = 10
    dropout: float = 0.25


class ConfigCNN(nn.Module):
    def __init__(self, cfg: ModelConfig = ModelConfig()):
        super().__init__()
        chans = [cfg.in_channels] + cfg.channels
        layers = []
        for c_in, c_out in zip(chans[:-1], chans[1:]):
            layers.append(nn.Conv2d(c_in, c_out, cfg.kernel, padding=cfg.kernel // 2))
            layers.append(nn.BatchNorm2d(c_out))
            layers.append(nn.ReLU())
            layers.append(nn.MaxPool2d(2))
        self.features = nn.Sequential(*layers)
        self.dropout = nn.Dropout(cfg.dropout)
        self.classifier = nn.Linear(cfg.channels[-1] * 3 * 3, cfg.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = torch.flatten(x, start_dim=1)
        return self.classifier(self.dropout(x))


model = ConfigCNN(ModelConfig())
