"""Issue 10: `torch.arange(n)` became `keras.ops.arange(n, n)` (empty) and `torch.arange(0, n)` became
`keras.ops.arange(0, 0, stop=n)` (a TypeError), exit 0; a size read inside an argument (`x.size(1)`) was copied
into Keras untranslated."""
# pivot-corpus: name=PositionalEncoder input_shape=2,6 input_dtype=int64
import torch
import torch.nn as nn


class PositionalEncoder(nn.Module):
    def __init__(self, vocab=20, dim=8, max_len=16):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.pos = nn.Embedding(max_len, dim)
        self.head = nn.Linear(dim, 3)

    def forward(self, ids):
        positions = torch.arange(0, ids.size(1))
        x = self.tok(ids) + self.pos(positions) + self.pos(torch.arange(ids.size(1)))
        x = torch.roll(x, ids.size(1) // 2, 1)
        return self.head(x.mean(dim=1))
