"""Fuzz model (seed 9802, torch sequential)."""
# pivot-fuzz: input_shape=2,4,12,12 input_dtype=float32
# found: silent: Mismatch: max abs diff 5.39 (float32 error of the computation 0)
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(
    nn.ChannelShuffle(2),
    nn.Flatten(),
)
