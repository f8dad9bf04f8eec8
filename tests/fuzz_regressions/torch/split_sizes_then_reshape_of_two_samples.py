"""Fuzz model (seed 70159, torch builder)."""
# pivot-fuzz: input_shape=2,3,8,8 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `line2` (Linear): weight 0 has shape (128, 16), the source gives (256, 16)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 3
        for width in (4,):
            blocks.append(nn.Conv2d(channels, width, 3, padding=1))
            channels = width
        self.features = nn.Sequential(*blocks)
        self.line2 = nn.Linear(256, 16)

    def forward(self, x):
        x = self.features(x)
        s1_0, s1_1 = torch.split(x, [4, x.shape[2] - 4], dim=2)
        x = s1_0 + s1_1
        x = x.reshape(-1, 256)
        x = self.line2(x)
        return x
