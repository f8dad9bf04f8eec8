"""Fuzz model (seed 382900, torch sequential). nn.RMSNorm(12) after a flatten of a pooled image: its scale, one value
per flattened feature, was copied as it is (Table), not in Keras's flattened order as LayerNorm's weight is (exit 0,
max abs diff 0.545). RMSNorm's scale is now permuted as an Affine weight."""
# pivot-fuzz: input_shape=2,3,8,8 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.545 (float32 error of the computation 1.7e-06)
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Sequential):
    def __init__(self):
        super().__init__(
            nn.AdaptiveAvgPool2d(2),
            nn.Flatten(),
            nn.RMSNorm(12),
            nn.Linear(12, 16),
        )


model = Net()
