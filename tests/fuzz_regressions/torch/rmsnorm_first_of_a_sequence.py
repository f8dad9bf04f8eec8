"""Fuzz model (seed 380371, torch subclassed)."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: WeightError for PReLU (nn.RMSNorm(4) first of a (N, 5, 4) sequence taken for (N, 4) features)
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_prel2():
    return nn.PReLU()


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rmsn1 = nn.RMSNorm(4)
        self.prel2 = make_prel2()

    def forward(self, x):
        x = self.rmsn1(x)
        x = self.prel2(x)
        return x
