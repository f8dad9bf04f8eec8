"""LLM-generated style bidirectional LSTM text classifier with both max and mean pooling over time:
`max_pool, _ = torch.max(out, 1)`, `avg_pool = torch.mean(out, 1)`, `torch.cat((max_pool, avg_pool), 1)`."""
# pivot-corpus: name=PoolBiLSTM input_shape=2,20 input_dtype=int64
import torch
import torch.nn as nn


class PoolBiLSTM(nn.Module):
    def __init__(self, vocab=300, emb=24, hidden=20, n_classes=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, bidirectional=True, batch_first=True)
        self.linear = nn.Linear(hidden * 4, 32)
        self.relu = nn.ReLU()
        self.out = nn.Linear(32, n_classes)

    def forward(self, x):
        h_embedding = self.emb(x)
        h_lstm, _ = self.lstm(h_embedding)
        max_pool, _ = torch.max(h_lstm, 1)
        avg_pool = torch.mean(h_lstm, 1)
        conc = torch.cat((max_pool, avg_pool), 1)
        conc = self.relu(self.linear(conc))
        return self.out(conc)


model = PoolBiLSTM()
