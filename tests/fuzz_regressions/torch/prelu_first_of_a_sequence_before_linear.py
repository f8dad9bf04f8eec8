"""Fuzz model (seed 9007, torch subclassed)."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: nn.PReLU() of an input whose rank the Linear after it guesses ((N, F)): Keras got shared_axes for rank 2 (now diagnosed)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.prel1 = nn.PReLU()
        self.line2 = nn.Linear(4, 16)

    def forward(self, x):
        x = self.prel1(x)
        x = self.line2(x)
        return x
