"""A text classifier configured by a @dataclass, with a tokenizer download and a training loop."""
from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass

import matplotlib.pyplot as plt
import torch
from torch import nn

vocab = json.loads(urllib.request.urlopen("https://example.com/vocab.json").read())


@dataclass
class Config:
    vocab_size: int = 1000
    dim: int = 32
    num_classes: int = 4
    lr: float = 1e-3


class TextClassifier(nn.Module):
    def __init__(self, cfg: Config):
        super().__init__()
        self.embedding = nn.Embedding(cfg.vocab_size, cfg.dim)
        self.fc = nn.Linear(cfg.dim, cfg.num_classes)

    def forward(self, tokens):
        x = self.embedding(tokens)
        x = x.mean(dim=1)
        return self.fc(x)


cfg = Config(dim=48)
model = TextClassifier(cfg)
optimizer = torch.optim.Adam(model.parameters(), lr=cfg.lr)
for tokens, labels in json.load(open("train.json")):
    loss = nn.functional.cross_entropy(model(torch.tensor(tokens)), torch.tensor(labels))
    loss.backward()
    optimizer.step()
plt.bar(range(cfg.num_classes), [0] * cfg.num_classes)
