"""LLM-generated style ("PyTorch MLP for credit default classification with good initialization"): nn.Mish,
BatchNorm1d, a `_init_weights` method looping `for m in self.modules()` with `nn.init.kaiming_normal_(m.weight,
nonlinearity='relu')` and `nn.init.zeros_(m.bias)`."""
# pivot-corpus: name=CreditMLP input_shape=4,23
import torch
import torch.nn as nn


class CreditMLP(nn.Module):
    def __init__(self, in_features=23, hidden=(64, 32), num_classes=2):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(in_features, hidden[0]),
            nn.BatchNorm1d(hidden[0]),
            nn.Mish(),
            nn.Dropout(0.25),
            nn.Linear(hidden[0], hidden[1]),
            nn.BatchNorm1d(hidden[1]),
            nn.Mish(),
            nn.Linear(hidden[1], num_classes),
        )
        self._init_weights()

    def _init_weights(self):
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
                if m.bias is not None:
                    nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.net(x)


model = CreditMLP()
