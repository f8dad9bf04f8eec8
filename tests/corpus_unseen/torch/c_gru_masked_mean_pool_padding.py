"""LLM-generated style (prompt: "Write a PyTorch text classifier with a GRU that ignores padding tokens when
pooling; input shape (N, T) of token ids, 0 is padding"): `mask = (x != 0).unsqueeze(-1).float()`, a masked mean
`(out * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)`."""
# pivot-corpus: name=MaskedMeanGRU input_shape=4,15 input_dtype=int64
import torch
import torch.nn as nn


class MaskedMeanGRU(nn.Module):
    def __init__(self, vocab_size=500, embed_dim=32, hidden_dim=24, num_classes=3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        mask = (x != 0).unsqueeze(-1).float()
        out, _ = self.gru(self.embedding(x))
        pooled = (out * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
        return self.fc(pooled)
