"""LLM-generated style bidirectional LSTM text classifier with max pooling over time written
`out, _ = torch.max(lstm_out, 1)` (values and indices unpacked), padding_idx embedding, dropout."""
# pivot-corpus: name=TextBiLSTM input_shape=2,18 input_dtype=int64
import torch
import torch.nn as nn


class TextBiLSTM(nn.Module):
    def __init__(self, vocab_size=300, embedding_dim=24, hidden_dim=32, n_layers=1, n_classes=4, dropout=0.25):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=n_layers, bidirectional=True, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim * 2, n_classes)

    def forward(self, x):
        emb = self.dropout(self.embedding(x))
        lstm_out, (h, c) = self.lstm(emb)
        out, _ = torch.max(lstm_out, 1)
        return self.fc(self.dropout(out))


model = TextBiLSTM()
