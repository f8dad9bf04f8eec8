"""LLM-generated style ("simple neural bag-of-words news classifier"): Embedding with `padding_idx=0`,
`embedded.mean(dim=1)`, a two-layer MLP with nn.ReLU and nn.Dropout, LogSoftmax in the Sequential."""
# pivot-corpus: name=BagOfWordsClassifier input_shape=3,15 input_dtype=int64
import torch
import torch.nn as nn


class BagOfWordsClassifier(nn.Module):
    def __init__(self, vocab_size=800, embed_dim=24, hidden=32, num_classes=4):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.mlp = nn.Sequential(
            nn.Linear(embed_dim, hidden),
            nn.ReLU(),
            nn.Dropout(0.3),
            nn.Linear(hidden, num_classes),
            nn.LogSoftmax(dim=1),
        )

    def forward(self, tokens):
        embedded = self.embedding(tokens)
        pooled = embedded.mean(dim=1)
        return self.mlp(pooled)


model = BagOfWordsClassifier()
