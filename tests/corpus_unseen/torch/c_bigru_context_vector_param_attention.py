"""LLM-generated style (prompt: "Write a hierarchical-attention-style word encoder in PyTorch: a BiGRU with a learned
context vector; input shape (N, T) of token ids"): `self.context = nn.Parameter(torch.randn(attn_dim))`, scores
`torch.matmul(torch.tanh(self.proj(out)), self.context)`, softmax over time and the weighted sum
`(out * alpha.unsqueeze(-1)).sum(dim=1)`."""
# pivot-corpus: name=WordAttentionEncoder input_shape=4,18 input_dtype=int64
import torch
import torch.nn as nn


class WordAttentionEncoder(nn.Module):
    def __init__(self, vocab_size=400, embed_dim=32, hidden_dim=20, attn_dim=16, num_classes=5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden_dim, attn_dim)
        self.context = nn.Parameter(torch.randn(attn_dim))
        self.fc = nn.Linear(2 * hidden_dim, num_classes)

    def forward(self, x):
        out, _ = self.gru(self.embedding(x))
        u = torch.tanh(self.proj(out))
        scores = torch.matmul(u, self.context)          # (N, T)
        alpha = torch.softmax(scores, dim=1)
        doc = (out * alpha.unsqueeze(-1)).sum(dim=1)
        return self.fc(doc)
