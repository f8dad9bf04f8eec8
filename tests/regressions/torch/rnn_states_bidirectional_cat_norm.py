"""A bidirectional LSTM whose last layer's two directions are joined, torch.cat((h_n[-2], h_n[-1]), dim=1), then
nn.BatchNorm1d: an LSTM read after a Linear of a batch-first input has a known input rank (was PIV105)."""
# pivot-corpus: name=BiLSTM input_shape=2,10,5
import torch
import torch.nn as nn


class BiLSTM(nn.Module):
    def __init__(self, n_in=5, hidden=12, classes=2):
        super().__init__()
        self.proj = nn.Linear(n_in, n_in)
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.norm = nn.BatchNorm1d(2 * hidden)
        self.head = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        _, (h_n, c_n) = self.lstm(self.proj(x))
        h = torch.cat((h_n[-2, :, :], h_n[-1, :, :]), dim=1)
        return self.head(self.norm(h))
