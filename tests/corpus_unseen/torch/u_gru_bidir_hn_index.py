"""Bidirectional 2-layer GRU classifier that reads the final states as `hidden[-2, :, :]` and
`hidden[-1, :, :]`, concatenated with `torch.cat((...), dim=1)`, dropout then Linear."""
# pivot-corpus: name=BiGRUClassifier input_shape=2,15,12
import torch
import torch.nn as nn


class BiGRUClassifier(nn.Module):
    def __init__(self, input_dim=12, hidden_dim=24, n_layers=2, output_dim=5, dropout=0.2):
        super().__init__()
        self.rnn = nn.GRU(input_dim, hidden_dim, num_layers=n_layers, bidirectional=True,
                          dropout=dropout, batch_first=True)
        self.fc = nn.Linear(hidden_dim * 2, output_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        output, hidden = self.rnn(x)
        hidden = self.dropout(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1))
        return self.fc(hidden)


model = BiGRUClassifier()
