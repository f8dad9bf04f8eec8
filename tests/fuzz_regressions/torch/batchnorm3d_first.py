"""Fuzz model (seed 215, torch sequential): a first nn.BatchNorm3d names a 5-D image input, whose channels move
last in Keras (verify fed it unmoved before)."""
# pivot-fuzz: input_shape=2,1,8,8,8 input_dtype=float32
import torch.nn as nn

model = nn.Sequential(
    nn.BatchNorm3d(1, 0.001, momentum=0.1),
)
