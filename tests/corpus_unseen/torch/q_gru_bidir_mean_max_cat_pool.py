"""LLM-generated style ("toxic comment classifier, Kaggle style"): Embedding, bidirectional GRU, mean and max
pooling over time concatenated `torch.cat([avg_pool, max_pool], dim=1)` with `max_pool, _ = torch.max(out, 1)`."""
# pivot-corpus: name=ToxicGRU input_shape=2,24 input_dtype=int64
import torch
import torch.nn as nn


class ToxicGRU(nn.Module):
    def __init__(self, vocab_size=600, embed_dim=32, hidden=24, n_labels=6):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.gru = nn.GRU(embed_dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(hidden * 4, n_labels)

    def forward(self, x):
        h = self.embedding(x)
        out, _ = self.gru(h)
        avg_pool = torch.mean(out, 1)
        max_pool, _ = torch.max(out, 1)
        return self.out(torch.cat([avg_pool, max_pool], dim=1))


model = ToxicGRU()
