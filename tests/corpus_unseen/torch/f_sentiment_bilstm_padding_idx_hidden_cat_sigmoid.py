"""LLM-generated style (prompt: "PyTorch sentiment classifier for IMDB with an embedding layer and a bidirectional
LSTM, token ids (N, L), padding index 0"): `nn.Embedding(vocab_size, embedding_dim, padding_idx=pad_idx)` (no
pretrained vectors), dropout on the embeddings, `hidden = self.dropout(torch.cat((hidden[-2,:,:], hidden[-1,:,:]),
dim=1))` and a sigmoid output `.squeeze(1)`."""
# pivot-corpus: name=SentimentLSTM input_shape=4,50 input_dtype=int64
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size=5000, embedding_dim=64, hidden_dim=64, output_dim=1, n_layers=2,
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
        hidden = self.dropout(torch.cat((hidden[-2,:,:], hidden[-1,:,:]), dim=1))
        return torch.sigmoid(self.fc(hidden)).squeeze(1)
