"""Fuzz model (seed 6907, torch sequential)."""
# pivot-fuzz: input_shape=2,1,32 input_dtype=float32
# found: silent: Mismatch: max abs diff 3.77 (the input guessed (N, C) from BatchNorm1d; the conv after it tells (N, C, L))
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(
    nn.BatchNorm1d(1, momentum=0.01),
    nn.LogSoftmax(1),
    nn.Conv1d(1, 8, kernel_size=1, padding_mode='zeros'),
    nn.Conv1d(8, 8, 1),
    nn.AdaptiveAvgPool1d(2),
    nn.Flatten(),
    nn.BatchNorm1d(16, track_running_stats=True),
    nn.Linear(16, 8, bias=True),
)
