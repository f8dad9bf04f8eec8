"""LLM-generated style (research-dataset prompt: "Write a PyTorch model class for character-level language modelling;
input shape (N, T, F) one-hot"): `out.contiguous().view(-1, self.hidden_size)` through the decoder, every step a
prediction."""
# pivot-corpus: name=CharLSTM input_shape=4,10,27
import torch.nn as nn


class CharLSTM(nn.Module):
    def __init__(self, n_chars=27, hidden_size=32, num_layers=2, dropout=0.2):
        super().__init__()
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(n_chars, hidden_size, num_layers, dropout=dropout, batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_size, n_chars)

    def forward(self, x):
        out, hidden = self.lstm(x)
        out = self.dropout(out)
        out = out.contiguous().view(-1, self.hidden_size)
        return self.fc(out)
