"""ut16 (the c_ round): the LLM-style PositionalEncoding registers its table batch-first as it registers it,
`self.register_buffer('pe', pe.unsqueeze(0))`, and makes the positions with `torch.arange(0, max_len,
dtype=torch.float)`: was PIV105 "`pe` is measured by a dummy forward pass" (the registered value was not a plain
name, so `pe = torch.zeros(...)` was read as a dummy input) and PIV102 on each statement; now the statements are
written with NumPy (`dtype="float32"`), the buffer of shape (1, max_len, d_model) created from
`np.expand_dims(pe, 0)`."""
# pivot-corpus: name=PosEncBatchFirst input_shape=2,6,8
import math

import torch
import torch.nn as nn


class PosEncBatchFirst(nn.Module):
    def __init__(self, d_model=8, max_len=20):
        super().__init__()
        pe = torch.zeros(max_len, d_model)
        position = torch.arange(0, max_len, dtype=torch.float).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2).float() * (-math.log(10000.0) / d_model))
        pe[:, 0::2] = torch.sin(position * div_term)
        pe[:, 1::2] = torch.cos(position * div_term)
        self.register_buffer('pe', pe.unsqueeze(0))
        self.fc = nn.Linear(d_model, 3)

    def forward(self, x):
        return self.fc(x + self.pe[:, :x.size(1)])
