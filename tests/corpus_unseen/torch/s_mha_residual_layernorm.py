"""Blog style ("using nn.MultiheadAttention"): `nn.MultiheadAttention(embed_dim, num_heads, batch_first=True)`
called as `attn_output, attn_weights = self.mha(x, x, x)`, residual + `nn.LayerNorm`, a feed-forward block, then
`x.max(dim=1).values` pooling."""
# pivot-corpus: name=AttnBlockClassifier input_shape=2,8,12
import torch
import torch.nn as nn


class AttnBlockClassifier(nn.Module):
    def __init__(self, embed_dim=12, num_heads=3, num_classes=2):
        super().__init__()
        self.mha = nn.MultiheadAttention(embed_dim, num_heads, batch_first=True)
        self.ln1 = nn.LayerNorm(embed_dim)
        self.ff = nn.Sequential(nn.Linear(embed_dim, 24), nn.ReLU(), nn.Linear(24, embed_dim))
        self.ln2 = nn.LayerNorm(embed_dim)
        self.classifier = nn.Linear(embed_dim, num_classes)

    def forward(self, x):
        attn_output, attn_weights = self.mha(x, x, x)
        x = self.ln1(x + attn_output)
        x = self.ln2(x + self.ff(x))
        x = x.max(dim=1).values
        return self.classifier(x)


model = AttnBlockClassifier()
