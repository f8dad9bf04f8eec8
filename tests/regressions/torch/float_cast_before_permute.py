"""vr2 (bench/variants.py inputs_made_float): `x = x.float()` as forward's first line, before the
`x.permute(0, 2, 1)` of a (batch, steps, channels) series into a Conv1d. The input's layout was asked of its first
reader, the cast, so it was taken for a channels-first (N, C, L) input (exit 0, then a WeightError in verify: conv1
built on 100 channels); a cast keeps the layout, its reader (the permute) tells it (shapes.first_use)."""
# pivot-corpus: name=CastSensorCNN input_shape=2,40,6
import torch.nn as nn
import torch.nn.functional as F


class CastSensorCNN(nn.Module):
    def __init__(self, n_features=6, n_classes=4):
        super().__init__()
        self.conv1 = nn.Conv1d(n_features, 16, kernel_size=5, padding=2)
        self.pool = nn.MaxPool1d(2)
        self.fc = nn.Linear(16, n_classes)

    def forward(self, x):
        x = x.float()
        x = x.permute(0, 2, 1)
        x = self.pool(F.relu(self.conv1(x)))
        return self.fc(x.mean(dim=2))
