"""LLM-generated style (ChatGPT, "a 2-layer bidirectional LSTM text classifier"): the last layer's forward and
backward final states `torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)`, dropout and a Linear."""
# pivot-corpus: name=BiLSTMClassifier input_shape=2,22 input_dtype=int64
import torch
import torch.nn as nn


class BiLSTMClassifier(nn.Module):
    def __init__(self, vocab_size=700, embedding_dim=32, hidden_dim=20, output_dim=4, n_layers=2,
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
        hidden = self.dropout(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1))
        return self.fc(hidden)
