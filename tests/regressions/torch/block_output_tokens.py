"""Issue 10: a block of the file turning an image into tokens (flatten(2).transpose(1, 2)), called in forward: what
follows reads its output (tokens), not an image like its input; `x.mean(dim=1)` is over the tokens in both."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch
from torch import nn


class PatchEmbed(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Conv2d(3, 16, kernel_size=2, stride=2)

    def forward(self, x):
        return self.proj(x).flatten(2).transpose(1, 2)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 3, 1)
        self.embed = PatchEmbed()
        self.norm = nn.LayerNorm(16)
        self.head = nn.Linear(16, 10)

    def forward(self, x):
        x = self.norm(self.embed(self.stem(x)))
        return self.head(x.mean(dim=1))
