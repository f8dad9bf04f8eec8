"""LLM-generated style ("1D CNN for power-quality disturbance classification"): `self.apply(self._init_weights)`
with a method `_init_weights(self, m)` using `nn.init.xavier_uniform_` and `nn.init.constant_(m.bias, 0.0)`,
`nn.Flatten()` after `nn.AdaptiveAvgPool1d(4)`."""
# pivot-corpus: name=PowerQualityCNN input_shape=2,1,256
import torch
import torch.nn as nn


class PowerQualityCNN(nn.Module):
    def __init__(self, num_classes=7):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv1d(1, 16, kernel_size=5, padding=2), nn.ReLU(), nn.MaxPool1d(4),
            nn.Conv1d(16, 32, kernel_size=5, padding=2), nn.ReLU(), nn.AdaptiveAvgPool1d(4),
            nn.Flatten(),
            nn.Linear(32 * 4, 64), nn.ReLU(),
            nn.Linear(64, num_classes),
        )
        self.apply(self._init_weights)

    def _init_weights(self, m):
        if isinstance(m, (nn.Conv1d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
            if m.bias is not None:
                nn.init.constant_(m.bias, 0.0)

    def forward(self, x):
        return self.net(x)


model = PowerQualityCNN()
