"""gp3: nn.EmbeddingBag of fixed-length bags (a 2-D input) with mode="max" and mode="sum" (keyword and positional):
Pivot's Keras `TorchEmbeddingBag` reduces each row's embeddings over axis 1 the same way."""
# pivot-corpus: name=Net input_shape=2,7 input_dtype=int64
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, vocab=40, dim=6):
        super().__init__()
        self.peak = nn.EmbeddingBag(vocab, dim, mode="max")
        self.total = nn.EmbeddingBag(vocab, dim, None, 2.0, False, "sum")
        self.head = nn.Linear(2 * dim, 3)

    def forward(self, tokens):
        return self.head(torch.cat([self.peak(tokens), self.total(tokens)], dim=1))
