"""LLM-generated style ("CNN for sentiment analysis, Kim 2014, in PyTorch"): Embedding, `x.permute(0, 2, 1)`,
a ModuleList of Conv1d with several kernel sizes, `F.max_pool1d(c, c.size(2)).squeeze(2)` per branch and
`torch.cat(pooled, dim=1)`."""
# pivot-corpus: name=SentimentCNN input_shape=2,40 input_dtype=int64
import torch
import torch.nn as nn
import torch.nn.functional as F


class SentimentCNN(nn.Module):
    def __init__(self, vocab_size=1000, embed_dim=50, num_filters=16, kernel_sizes=(3, 4, 5), num_classes=2):
        super(SentimentCNN, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, num_filters, k) for k in kernel_sizes])
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(num_filters * len(kernel_sizes), num_classes)

    def forward(self, x):
        x = self.embedding(x)
        x = x.permute(0, 2, 1)
        pooled = []
        for conv in self.convs:
            c = F.relu(conv(x))
            c = F.max_pool1d(c, c.size(2)).squeeze(2)
            pooled.append(c)
        x = torch.cat(pooled, dim=1)
        x = self.dropout(x)
        return self.fc(x)


model = SentimentCNN()
