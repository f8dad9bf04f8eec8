"""Weight tying (issue 13) without a recurrent layer: a head without bias reading an Embedding's matrix
(`self.head.weight = self.embed.weight`), and a Linear tied to another of the same shape
(`self.out.weight = self.proj.weight`). Keras gets Pivot's `TorchTiedLinear(self.embed, ...)`, which reads the tied
layer's matrix at each call and owns only its bias; the tie statements go (they were PIV102)."""
# pivot-corpus: name=TiedHeads input_shape=2,7 input_dtype=int64
import torch.nn as nn


class TiedHeads(nn.Module):
    def __init__(self, vocab=40, dim=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.proj = nn.Linear(dim, dim)
        self.out = nn.Linear(dim, dim)
        self.head = nn.Linear(dim, vocab, bias=False)
        self.head.weight = self.embed.weight
        self.out.weight = self.proj.weight

    def forward(self, tokens):
        x = self.embed(tokens)
        x = self.out(self.proj(x).tanh())
        return self.head(x)


model = TiedHeads()
