"""LLM-generated style (prompt: "Write a two-layer LSTM from nn.LSTMCell in PyTorch for time-series forecasting with
an explicit loop; input shape (N, T, F)"): states from `self.init_hidden(x.size(0))` using
`torch.zeros(batch_size, self.hidden_size)` then `.to(x.device)` in forward, a loop `for t in range(x.size(1))`
feeding cell1's h into cell2, dropout between, the final h2 into the Linear."""
# pivot-corpus: name=StackedLSTMCells input_shape=4,9,3
import torch
import torch.nn as nn


class StackedLSTMCells(nn.Module):
    def __init__(self, input_size=3, hidden_size=20, output_size=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell1 = nn.LSTMCell(input_size, hidden_size)
        self.cell2 = nn.LSTMCell(hidden_size, hidden_size)
        self.dropout = nn.Dropout(0.2)
        self.linear = nn.Linear(hidden_size, output_size)

    def init_hidden(self, batch_size):
        return torch.zeros(batch_size, self.hidden_size), torch.zeros(batch_size, self.hidden_size)

    def forward(self, x):
        h1, c1 = self.init_hidden(x.size(0))
        h2, c2 = self.init_hidden(x.size(0))
        h1, c1, h2, c2 = h1.to(x.device), c1.to(x.device), h2.to(x.device), c2.to(x.device)
        for t in range(x.size(1)):
            h1, c1 = self.cell1(x[:, t, :], (h1, c1))
            h2, c2 = self.cell2(self.dropout(h1), (h2, c2))
        return self.linear(h2)
