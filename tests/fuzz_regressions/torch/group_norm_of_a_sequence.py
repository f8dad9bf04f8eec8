"""Fuzz model (seed 305, torch sequential): GroupNorm of a (batch, channels, length) tensor in a model with no
image layers: the layout is the same in Keras, so the channels stay at axis 1 (not Keras's default -1)."""
# pivot-fuzz: input_shape=2,4,24 input_dtype=float32
import torch.nn as nn

model = nn.Sequential(
    nn.GroupNorm(4, 4, affine=False),
    nn.GroupNorm(1, 4),
)
