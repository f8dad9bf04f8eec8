"""Fuzz model (seed 15, torch sequential): an in-place activation first changed verify's shared input batch, so the
Keras model read the activated batch (verify's bug, not the migration's)."""
# pivot-fuzz: input_shape=2,1,8,8 input_dtype=float32
import torch.nn as nn

model = nn.Sequential(
    nn.SELU(True),
    nn.AdaptiveAvgPool2d(1),
    nn.Flatten(),
    nn.Linear(1, 16, bias=True),
)
