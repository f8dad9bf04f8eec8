"""Fuzz model (seed 14, torch sequential), reduced."""
# pivot-fuzz: input_shape=2,3,6,6,6 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.709
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(
    nn.Conv3d(3, 8, kernel_size=1, padding='valid'),
    nn.Flatten(),
    nn.Linear(1728, 8),
)
