"""LLM-generated style bidirectional LSTM sentiment model: nn.Embedding, `_, (hidden, cell) = self.lstm(...)`,
torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1) of the two directions, dropout, Linear."""
# pivot-corpus: name=SentimentLSTM input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size=100, embedding_dim=16, hidden_dim=32, output_dim=2, dropout=0.5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim * 2, output_dim)

    def forward(self, text):
        embedded = self.dropout(self.embedding(text))
        _, (hidden, cell) = self.lstm(embedded)
        hidden = self.dropout(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1))
        return self.fc(hidden)


model = SentimentLSTM()
