"""Sentiment-tutorial style (Embedding + LSTM, "take the last hidden state"): `lstm_out, (h_n, c_n) =
self.lstm(embedded)`, `h_n[-1]` of a two-layer LSTM, dropout and `torch.sigmoid(self.out(x)).squeeze(1)`."""
# pivot-corpus: name=SentimentLSTM input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size=50, embedding_dim=16, hidden_dim=20, n_layers=2, dropout=0.3):
        super(SentimentLSTM, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=n_layers, batch_first=True, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.out = nn.Linear(hidden_dim, 1)

    def forward(self, text):
        embedded = self.embedding(text)
        lstm_out, (h_n, c_n) = self.lstm(embedded)
        x = self.dropout(h_n[-1])
        return torch.sigmoid(self.out(x)).squeeze(1)


model = SentimentLSTM()
