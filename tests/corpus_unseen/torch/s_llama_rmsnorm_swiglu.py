"""LLaMA-style block from a "build an LLM from scratch" post: `RMSNorm` with `nn.Parameter(torch.ones(dim))` and
`x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)`, a SwiGLU `FeedForward` `self.w2(F.silu(self.w1(x)) *
self.w3(x))` with bias-free Linears, pre-norm residuals."""
# pivot-corpus: name=FFNBlock input_shape=2,5,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float = 1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def _norm(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)

    def forward(self, x):
        output = self._norm(x.float()).type_as(x)
        return output * self.weight


class FeedForward(nn.Module):
    def __init__(self, dim: int, hidden_dim: int):
        super().__init__()
        self.w1 = nn.Linear(dim, hidden_dim, bias=False)
        self.w2 = nn.Linear(hidden_dim, dim, bias=False)
        self.w3 = nn.Linear(dim, hidden_dim, bias=False)

    def forward(self, x):
        return self.w2(F.silu(self.w1(x)) * self.w3(x))


class FFNBlock(nn.Module):
    def __init__(self, dim=16, hidden_dim=40):
        super().__init__()
        self.ffn_norm = RMSNorm(dim)
        self.feed_forward = FeedForward(dim, hidden_dim)
        self.norm = RMSNorm(dim)

    def forward(self, x):
        h = x + self.feed_forward(self.ffn_norm(x))
        return self.norm(h)


model = FFNBlock()
