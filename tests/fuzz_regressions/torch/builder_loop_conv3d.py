"""Fuzz model (seed 1057, torch builder)."""
# pivot-fuzz: input_shape=2,1,6,6,6 input_dtype=float32
# found: silent: VerifyError: WeightError: `features.0` (Conv3d): weight 0 has shape (3, 3, 3, 6, 12), the source gives (3, 3, 3, 1, 12)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 1
        for width in (12,):
            blocks.append(nn.Conv3d(channels, width, kernel_size=3, padding=1))
            channels = width
        self.features = nn.Sequential(*blocks)

    def forward(self, x):
        x = self.features(x)
        return x
