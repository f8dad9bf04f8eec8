"""Issue 13: `x.unsqueeze(1)` read by the convs of a ModuleList built by a comprehension (in a loop over it) was not
taken for a one-channel image: Keras got expand_dims(x, 1), channels-first (exit 0, then a build error)."""
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
        pooled = []
        for conv in self.convs:
            c = F.relu(conv(embedded)).squeeze(3)
            pooled.append(F.max_pool1d(c, c.shape[2]).squeeze(2))
        cat = torch.cat(pooled, dim=1)
        return self.fc(cat)


model = TextCNN()
