"""cn2 (issue 13's census): `nn.RMSNorm` had no entry (PIV101; it is keras.layers.RMSNormalization, the same
x * rsqrt(mean(x ** 2) + eps) * scale, with PyTorch's eps=None written as float32's machine epsilon; not
LayerNormalization(rms_scaling=True), which divides by the variance), nor `nn.Softmin` / `F.softmin` (the softmax of
the negated input: Keras has no softmin) or `x.neg()` / `torch.neg` (keras.ops.negative)."""
# pivot-corpus: name=GatedTokens input_shape=2,5,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class GatedTokens(nn.Module):
    def __init__(self, dim=16):
        super().__init__()
        self.norm = nn.RMSNorm(dim)
        self.proj = nn.Linear(dim, dim)
        self.out_norm = nn.RMSNorm(dim, eps=1e-5)
        self.pick = nn.Softmin(dim=-1)

    def forward(self, x):
        h = self.proj(self.norm(x))
        gate = F.softmin(h, dim=1) + self.pick(torch.neg(h))
        return self.out_norm(h.neg() * gate)
