"""bentrevett pytorch-sentiment-analysis style (upgraded sentiment analysis): bidirectional two-layer LSTM,
`hidden = self.dropout(torch.cat((hidden[-2], hidden[-1]), dim=1))` with the short indexing, `output, (hidden, cell)
= self.rnn(embedded)`."""
# pivot-corpus: name=RNN input_shape=2,10 input_dtype=int64
import torch
import torch.nn as nn


class RNN(nn.Module):
    def __init__(self, vocab_size=30, embedding_dim=12, hidden_dim=10, output_dim=1, n_layers=2,
                 bidirectional=True, dropout=0.5, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=pad_idx)
        self.rnn = nn.LSTM(embedding_dim, hidden_dim, num_layers=n_layers, bidirectional=bidirectional,
                           dropout=dropout, batch_first=True)
        self.fc = nn.Linear(hidden_dim * 2, output_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, text):
        embedded = self.dropout(self.embedding(text))
        output, (hidden, cell) = self.rnn(embedded)
        hidden = self.dropout(torch.cat((hidden[-2], hidden[-1]), dim=1))
        return self.fc(hidden)


model = RNN()
