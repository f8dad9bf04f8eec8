"""Attention-style scores with `masked_fill` (Swin and transformer code mask scores before a softmax): a
padding mask from the input and a threshold mask, each `keras.ops.where(mask, value, x)` in Keras."""
# pivot-corpus: name=MaskedScores input_shape=2,5,6 input_dtype=float32
import torch
import torch.nn as nn
from torch import Tensor


class MaskedScores(nn.Module):
    def __init__(self, dim: int = 6) -> None:
        super().__init__()
        self.query = nn.Linear(dim, dim)
        self.key = nn.Linear(dim, dim)

    def forward(self, x: Tensor) -> Tensor:
        scores = torch.matmul(self.query(x), self.key(x).transpose(1, 2))
        scores = scores.masked_fill(scores > 1.0, 1.0)
        # -1e9, not -inf: a row masked whole stays finite (softmax of all -inf is NaN in both frameworks)
        scores = torch.masked_fill(scores, scores < -1.0, -1e9)
        return torch.softmax(scores, dim=-1)
