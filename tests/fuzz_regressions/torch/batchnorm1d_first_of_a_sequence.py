"""Fuzz model (seed 6331, torch sequential)."""
# pivot-fuzz: input_shape=2,1,16 input_dtype=float32
# found: silent: VerifyError: WeightError: layer 0 (BatchNorm): weight 0 has shape (16,), the source gives (1,)
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(
    nn.BatchNorm1d(1, 1e-05),
)
