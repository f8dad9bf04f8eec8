"""Sequence classifier that unrolls an `nn.LSTMCell` by hand: `for t in range(x.size(1)):
h, c = self.cell(x[:, t, :], (h, c))`, states from `torch.zeros(x.size(0), self.hidden)`."""
# pivot-corpus: name=CellLSTM input_shape=2,7,5
import torch
import torch.nn as nn


class CellLSTM(nn.Module):
    def __init__(self, input_size=5, hidden=16, n_classes=3):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.LSTMCell(input_size, hidden)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h = torch.zeros(x.size(0), self.hidden)
        c = torch.zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t, :], (h, c))
        return self.fc(h)


model = CellLSTM()
