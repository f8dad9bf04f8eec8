"""Fuzz model (seed 165, torch sequential)."""
# pivot-fuzz: input_shape=2,3,12,12 input_dtype=float32
# found: silent: VerifyError: ValueError: `output_padding` must be strictly less than `strides` for all dimensions. At dimension 0, `output_padding` is 1 but `strides` is 1. Received: output_padding=(1, 1), strides=(1
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(
    nn.ConvTranspose2d(3, 8, kernel_size=4, output_padding=1, dilation=2),
)
