"""LLM-generated style Kim TextCNN with 2-D convs over the embedding: `embedded.unsqueeze(1)`, a ModuleList of
`nn.Conv2d(1, n_filters, (fs, embed_dim))` built by a comprehension, `[F.relu(conv(embedded)).squeeze(3) for conv in
self.convs]`, then `[F.max_pool1d(conv, conv.shape[2]).squeeze(2) for conv in conved]`, `torch.cat(pooled, dim=1)`."""
# pivot-corpus: name=TextCNN input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class TextCNN(nn.Module):
    def __init__(self, vocab_size=100, embed_dim=16, n_filters=8, filter_sizes=(2, 3, 4), n_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.convs = nn.ModuleList([nn.Conv2d(1, n_filters, (fs, embed_dim)) for fs in filter_sizes])
        self.fc = nn.Linear(len(filter_sizes) * n_filters, n_classes)

    def forward(self, text):
        embedded = self.embedding(text).unsqueeze(1)
        conved = [F.relu(conv(embedded)).squeeze(3) for conv in self.convs]
        pooled = [F.max_pool1d(conv, conv.shape[2]).squeeze(2) for conv in conved]
        cat = torch.cat(pooled, dim=1)
        return self.fc(cat)


model = TextCNN()
