"""Fuzz model (seed 1173, torch subclassed)."""
# pivot-fuzz: input_shape=2,5,8 input_dtype=float32
# found: silent: VerifyError: ValueError: Unrecognized keyword arguments passed to TorchMultiheadAttention: {'add_bias_kv': False}
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.mult1 = nn.MultiheadAttention(8, 2, add_bias_kv=False, batch_first=True)

    def forward(self, x):
        x, _ = self.mult1(x, x, x)
        return x
