"""LLM-generated style (prompt: "text classifier with a bidirectional GRU and additive self-attention, token ids
(N, L)"): the score MLP `nn.Sequential(nn.Linear(2 * hidden, attn_dim), nn.Tanh(), nn.Linear(attn_dim, 1, bias=
False))`, `F.softmax(scores, dim=1)` kept as (N, L, 1) and `(attn * out).sum(dim=1)`."""
# pivot-corpus: name=BiGRUAttention input_shape=4,40 input_dtype=int64
import torch.nn as nn
import torch.nn.functional as F


class BiGRUAttention(nn.Module):
    def __init__(self, vocab_size=8000, embed_dim=64, hidden=48, attn_dim=32, num_classes=4):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden, batch_first=True, bidirectional=True)
        self.attn = nn.Sequential(nn.Linear(2 * hidden, attn_dim), nn.Tanh(), nn.Linear(attn_dim, 1, bias=False))
        self.fc = nn.Linear(2 * hidden, num_classes)

    def forward(self, tokens):
        out, _ = self.gru(self.embedding(tokens))
        scores = self.attn(out)
        attn = F.softmax(scores, dim=1)
        context = (attn * out).sum(dim=1)
        return self.fc(context)
