"""Issue 13 (fl1): `x.squeeze()` and a `Flatten` module of a 1-D global pool's (N, C, 1): the same features in both
layouts."""
# pivot-corpus: name=Pooled1d input_shape=2,3,16 input_dtype=float32
import torch
import torch.nn as nn


class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), -1)


class Pooled1d(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 5, 3)
        self.pool = nn.AdaptiveAvgPool1d(1)
        self.flatten = Flatten()
        self.fc = nn.Linear(5, 2)

    def forward(self, x):
        x = self.pool(torch.tanh(self.conv(x)))
        return self.fc(x.squeeze()) + self.fc(self.flatten(x))
