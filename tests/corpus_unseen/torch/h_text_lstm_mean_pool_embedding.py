"""LLM-generated style sentiment model: Embedding with `padding_idx=0`, 2-layer LSTM, mean pooling over
time with `torch.mean(lstm_out, dim=1)`, dropout, single logit with `.squeeze(1)`."""
# pivot-corpus: name=SentimentLSTM input_shape=2,30 input_dtype=int64
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size=1000, embed_dim=50, hidden_dim=64, n_layers=2, drop_prob=0.5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, n_layers, dropout=drop_prob, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, 1)

    def forward(self, x):
        embeds = self.embedding(x)
        lstm_out, hidden = self.lstm(embeds)
        pooled = torch.mean(lstm_out, dim=1)
        out = self.dropout(pooled)
        return self.fc(out).squeeze(1)


model = SentimentLSTM()
