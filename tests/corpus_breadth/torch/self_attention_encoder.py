"""Self-attention blocks (nn.MultiheadAttention, q=k=v=x) with post-norm residuals, stacked and mean-pooled."""
# pivot-corpus: name=AttentionEncoder input_shape=2,10,32 input_dtype=float32
import torch.nn as nn


class SelfAttentionBlock(nn.Module):
    def __init__(self, embed_dim, num_heads, ff_dim, dropout=0.1):
        super().__init__()
        self.attn = nn.MultiheadAttention(embed_dim, num_heads, dropout=dropout, batch_first=True)
        self.norm1 = nn.LayerNorm(embed_dim)
        self.ff = nn.Sequential(
            nn.Linear(embed_dim, ff_dim),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(ff_dim, embed_dim),
        )
        self.norm2 = nn.LayerNorm(embed_dim)
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        attn_out, _ = self.attn(x, x, x)
        x = self.norm1(x + self.drop(attn_out))
        x = self.norm2(x + self.drop(self.ff(x)))
        return x


class AttentionEncoder(nn.Module):
    def __init__(self, embed_dim=32, num_heads=4, ff_dim=64, depth=2, num_classes=6):
        super().__init__()
        self.blocks = nn.Sequential(*[SelfAttentionBlock(embed_dim, num_heads, ff_dim) for _ in range(depth)])
        self.classifier = nn.Linear(embed_dim, num_classes)

    def forward(self, x):
        # x: (batch, seq_len, embed_dim)
        x = self.blocks(x)
        x = x.mean(dim=1)
        return self.classifier(x)
