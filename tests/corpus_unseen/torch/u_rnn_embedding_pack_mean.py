"""Text classifier: Embedding with `padding_idx=0`, a bidirectional GRU, mean over time `out.mean(1)` and
max over time `out.max(1)[0]` concatenated with `torch.cat([avg, mx], 1)`."""
# pivot-corpus: name=TextGRU input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn


class TextGRU(nn.Module):
    def __init__(self, vocab_size=40, embed_dim=16, hidden=12, n_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden * 4, n_classes)

    def forward(self, x):
        emb = self.embedding(x)
        out, _ = self.gru(emb)
        avg = out.mean(1)
        mx = out.max(1)[0]
        return self.fc(torch.cat([avg, mx], 1))


model = TextGRU()
