"""LLM-generated style ("text classification with Embedding + bidirectional GRU"): token ids, `nn.Embedding` with
`padding_idx=0`, a bidirectional GRU, max over time as `torch.max(out, dim=1)[0]`, dropout and a Linear."""
# pivot-corpus: name=BiGRUTextClassifier input_shape=2,25 input_dtype=int64
import torch
import torch.nn as nn


class BiGRUTextClassifier(nn.Module):
    def __init__(self, vocab_size=500, embed_dim=32, hidden_dim=24, num_classes=3, dropout=0.5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.gru = nn.GRU(embed_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim * 2, num_classes)

    def forward(self, input_ids):
        embedded = self.embedding(input_ids)
        out, _ = self.gru(embedded)
        pooled = torch.max(out, dim=1)[0]
        return self.fc(self.dropout(pooled))


model = BiGRUTextClassifier()
