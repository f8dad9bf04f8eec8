"""Fuzz model (seed 5053, torch sequential: an nn.Sequential subclass)."""
# pivot-fuzz: input_shape=2,4,6,6,6 input_dtype=float32
# found: silent: VerifyError: WeightError: `4` (Linear): weight 0 has shape (6, 8), the source gives (4, 8)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Sequential):
    def __init__(self):
        super().__init__(
            nn.PReLU(),
            nn.AvgPool3d(2),
            nn.AdaptiveAvgPool3d(1),
            nn.Flatten(),
            nn.Linear(4, 8, bias=False),
        )


model = Net()
