"""Fuzz model (seed 6772, torch subclassed): a first nn.InstanceNorm1d names a 1-D image input (N, C, L)."""
# pivot-fuzz: input_shape=2,1,32 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `inst1` (InstanceNorm): weight 0 has shape (32,), the source gives (1,)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.inst1 = nn.InstanceNorm1d(1, affine=True)
        self.pool2 = nn.AdaptiveAvgPool1d(1)

    def forward(self, x):
        x = self.inst1(x)
        x = torch.flatten(self.pool2(x), 1)
        return x
