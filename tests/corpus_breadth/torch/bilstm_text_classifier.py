"""Bidirectional two-layer LSTM text classifier that classifies from the final hidden states of both directions."""
# pivot-corpus: name=BiLSTMClassifier input_shape=2,12 input_dtype=int64
import torch
import torch.nn as nn


class BiLSTMClassifier(nn.Module):
    def __init__(self, vocab_size=100, embed_dim=32, hidden_dim=64, num_layers=2,
                 num_classes=5, dropout=0.3, pad_idx=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_idx)
        self.lstm = nn.LSTM(
            embed_dim,
            hidden_dim,
            num_layers=num_layers,
            bidirectional=True,
            batch_first=True,
            dropout=dropout,
        )
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim * 2, num_classes)

    def forward(self, text):
        # text: (batch, seq_len) token ids
        x = self.dropout(self.embedding(text))
        out, (h, c) = self.lstm(x)
        # h: (num_layers * 2, batch, hidden); the last two rows are the top layer's fwd/bwd states
        hidden = torch.cat((h[-2], h[-1]), dim=1)
        hidden = self.dropout(hidden)
        return self.fc(hidden)
