"""Fuzz model (seed 305, torch sequential): GroupNorm first in a model with no image layers: its input may be
(batch, channels) or (batch, channels, length), whose channels are not Keras's default axis -1: reported."""
# pivot-fuzz: input_shape=2,4,24 input_dtype=float32
import torch.nn as nn

model = nn.Sequential(
    nn.GroupNorm(4, 4, affine=False),
    nn.GroupNorm(1, 4),
)
