"""LLM-generated style text model with mean and max pooling over an LSTM's outputs:
torch.cat([out.mean(dim=1), out.max(dim=1).values], dim=1)."""
# pivot-corpus: name=PooledLSTM input_shape=2,9 input_dtype=int64
import torch
import torch.nn as nn


class PooledLSTM(nn.Module):
    def __init__(self, vocab_size=60, embed_dim=12, hidden_dim=10, num_classes=3):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.fc = nn.Linear(hidden_dim * 2, num_classes)

    def forward(self, x):
        out, _ = self.lstm(self.embedding(x))
        pooled = torch.cat([out.mean(dim=1), out.max(dim=1).values], dim=1)
        return self.fc(pooled)


model = PooledLSTM()
