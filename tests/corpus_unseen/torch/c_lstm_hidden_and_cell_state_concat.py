"""LLM-generated style (prompt: "Write a PyTorch LSTM classifier that uses both the final hidden state and the cell
state; input shape (N, T, F)"): `_, (h_n, c_n) = self.lstm(x)` and `torch.cat([h_n[-1], c_n[-1]], dim=1)` through
a ReLU MLP head."""
# pivot-corpus: name=HiddenCellLSTM input_shape=4,15,3
import torch
import torch.nn as nn


class HiddenCellLSTM(nn.Module):
    def __init__(self, input_size=3, hidden_size=20, num_layers=2, num_classes=2):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.head = nn.Sequential(
            nn.Linear(2 * hidden_size, hidden_size),
            nn.ReLU(),
            nn.Linear(hidden_size, num_classes),
        )

    def forward(self, x):
        _, (h_n, c_n) = self.lstm(x)
        return self.head(torch.cat([h_n[-1], c_n[-1]], dim=1))
