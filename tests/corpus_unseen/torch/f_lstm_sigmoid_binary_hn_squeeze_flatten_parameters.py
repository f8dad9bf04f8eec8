"""LLM-generated style (prompt: "binary fraud detection on transaction sequences with an LSTM, input (N, T, F),
output probabilities (N,)"): `self.lstm.flatten_parameters()` at the top of forward, `h_n[-1]`, a Linear of one
unit and `torch.sigmoid(logits).squeeze(-1)`."""
# pivot-corpus: name=FraudLSTM input_shape=4,10,12
import torch
import torch.nn as nn


class FraudLSTM(nn.Module):
    def __init__(self, n_features=12, hidden_size=32, num_layers=1):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers=num_layers, batch_first=True)
        self.dropout = nn.Dropout(0.25)
        self.out = nn.Linear(hidden_size, 1)

    def forward(self, x):
        self.lstm.flatten_parameters()
        _, (h_n, _) = self.lstm(x)
        logits = self.out(self.dropout(h_n[-1]))
        return torch.sigmoid(logits).squeeze(-1)
