"""LLM-generated style ("LSTM sentiment classifier for IMDB reviews"): Embedding, a 2-layer LSTM with
`dropout=0.3`, mean over time `lstm_out.mean(dim=1)`, dropout, a Linear and `torch.sigmoid(...).squeeze(1)`."""
# pivot-corpus: name=IMDBSentimentLSTM input_shape=2,32 input_dtype=int64
import torch
import torch.nn as nn


class IMDBSentimentLSTM(nn.Module):
    def __init__(self, vocab_size: int = 2000, embedding_dim: int = 64, hidden_dim: int = 32, n_layers: int = 2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=n_layers, batch_first=True, dropout=0.3)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, 1)

    def forward(self, text: torch.Tensor) -> torch.Tensor:
        embedded = self.embedding(text)
        lstm_out, (hidden, cell) = self.lstm(embedded)
        pooled = lstm_out.mean(dim=1)
        logits = self.fc(self.dropout(pooled))
        return torch.sigmoid(logits).squeeze(1)


model = IMDBSentimentLSTM()
