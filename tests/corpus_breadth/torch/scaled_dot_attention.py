"""Hand-written multi-head scaled dot-product attention with attention pooling and a stacked mean/max readout."""
# pivot-corpus: name=AttentionPoolNet input_shape=2,8,16 input_dtype=float32
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


def attention(query, key, value):
    "Compute 'Scaled Dot Product Attention'"
    d_k = query.size(-1)
    scores = torch.matmul(query, key.transpose(-2, -1)) / math.sqrt(d_k)
    p_attn = F.softmax(scores, dim=-1)
    return torch.matmul(p_attn, value)


class MultiHeadSelfAttention(nn.Module):
    def __init__(self, dim, num_heads=4):
        super().__init__()
        assert dim % num_heads == 0
        self.num_heads = num_heads
        self.head_dim = dim // num_heads
        self.q_proj = nn.Linear(dim, dim)
        self.k_proj = nn.Linear(dim, dim)
        self.v_proj = nn.Linear(dim, dim)
        self.out_proj = nn.Linear(dim, dim)

    def forward(self, x):
        B, N, C = x.shape
        # (B, N, C) -> (B, heads, N, head_dim)
        q = self.q_proj(x).view(B, N, self.num_heads, self.head_dim).transpose(1, 2)
        k = self.k_proj(x).view(B, N, self.num_heads, self.head_dim).transpose(1, 2)
        v = self.v_proj(x).view(B, N, self.num_heads, self.head_dim).transpose(1, 2)
        out = attention(q, k, v)
        out = out.transpose(1, 2).reshape(B, N, C)
        return self.out_proj(out)


class FusedQKVAttention(nn.Module):
    """timm-style attention: one qkv projection, explicit scale and the @ operator."""

    def __init__(self, dim, num_heads=2):
        super().__init__()
        self.num_heads = num_heads
        head_dim = dim // num_heads
        self.scale = head_dim ** -0.5
        self.qkv = nn.Linear(dim, dim * 3, bias=False)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        B, N, C = x.shape
        qkv = self.qkv(x).reshape(B, N, 3, self.num_heads, C // self.num_heads).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = (q @ k.transpose(-2, -1)) * self.scale
        attn = attn.softmax(dim=-1)
        x = (attn @ v).transpose(1, 2).reshape(B, N, C)
        return self.proj(x)


class AttentionPool(nn.Module):
    """Learns a score per position and returns the softmax-weighted sum over the sequence."""

    def __init__(self, dim):
        super().__init__()
        self.score = nn.Linear(dim, 1)

    def forward(self, x):
        w = self.score(x).squeeze(-1)          # (B, N)
        w = torch.softmax(w, dim=1).unsqueeze(-1)  # (B, N, 1)
        return (w * x).sum(dim=1)              # (B, C)


class AttentionPoolNet(nn.Module):
    def __init__(self, in_dim=16, dim=32, num_classes=5):
        super().__init__()
        self.embed = nn.Linear(in_dim, dim)
        self.norm1 = nn.LayerNorm(dim)
        self.attn1 = MultiHeadSelfAttention(dim, num_heads=4)
        self.norm2 = nn.LayerNorm(dim)
        self.attn2 = FusedQKVAttention(dim, num_heads=2)
        self.pool = AttentionPool(dim)
        self.head = nn.Linear(dim * 4, num_classes)

    def forward(self, x):
        x = self.embed(x)
        x = x + self.attn1(self.norm1(x))
        x = x + 0.5 * self.attn2(self.norm2(x))
        first = x[:, 0, :]                                   # (B, C)
        stats = torch.stack([x.mean(dim=1), x.max(dim=1)[0]], dim=1)  # (B, 2, C)
        stats = stats.view(x.size(0), -1)                    # (B, 2C)
        feats = torch.cat([self.pool(x), first, stats], dim=-1)  # (B, 4C)
        return self.head(feats)
