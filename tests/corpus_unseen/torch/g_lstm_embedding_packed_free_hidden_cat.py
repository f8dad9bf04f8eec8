"""LLM-generated style 2-layer bidirectional LSTM sentiment model with `hidden[-2,:,:]` / `hidden[-1,:,:]`
joined by `torch.cat(..., dim=1)`, dropout and an `nn.init.uniform_` of the embedding in `init_weights()`
(bentrevett style with `super().__init__()` and a `dropout` argument)."""
# pivot-corpus: name=RNNSentiment input_shape=2,14 input_dtype=int64
import torch
import torch.nn as nn


class RNNSentiment(nn.Module):
    def __init__(self, vocab_size=200, embedding_dim=20, hidden_dim=24, output_dim=1, n_layers=2,
                 bidirectional=True, dropout=0.5):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.rnn = nn.LSTM(embedding_dim, hidden_dim, num_layers=n_layers, bidirectional=bidirectional,
                           dropout=dropout, batch_first=True)
        self.fc = nn.Linear(hidden_dim * 2, output_dim)
        self.dropout = nn.Dropout(dropout)
        self.init_weights()

    def init_weights(self):
        initrange = 0.1
        nn.init.uniform_(self.embedding.weight, -initrange, initrange)
        nn.init.zeros_(self.fc.bias)

    def forward(self, text):
        embedded = self.dropout(self.embedding(text))
        output, (hidden, cell) = self.rnn(embedded)
        hidden = self.dropout(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1))
        return self.fc(hidden)


model = RNNSentiment()
