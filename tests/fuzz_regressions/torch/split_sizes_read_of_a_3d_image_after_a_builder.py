"""Fuzz model (seed 60007, torch builder)."""
# pivot-fuzz: input_shape=2,1,8,8,8 input_dtype=float32
# found: silent: VerifyError: WeightError: `line2` (Linear): weight 0 has shape (6, 24), the source gives (12, 24)
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_line2():
    return nn.Linear(12, 24)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 1
        for width in (4, 12):
            blocks.append(nn.Conv3d(channels, width, 3, padding=1))
            channels = width
        self.features = nn.Sequential(*blocks)
        self.line2 = make_line2()

    def forward(self, x):
        x = self.features(x)
        s1_0, s1_1 = torch.split(x, [6, x.shape[4] - 6], dim=4)
        x = torch.cat([s1_1, s1_0], dim=4)
        x = x.mean((2, 3, 4))
        x = self.line2(x)
        return x
