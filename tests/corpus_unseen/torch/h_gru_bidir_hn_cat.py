"""LLM-generated style bidirectional GRU classifier for sensor sequences: the final forward and backward
states joined with `torch.cat((h_n[-2, :, :], h_n[-1, :, :]), dim=1)`, dropout, Linear."""
# pivot-corpus: name=BiGRUClassifier input_shape=2,30,9
import torch
import torch.nn as nn


class BiGRUClassifier(nn.Module):
    def __init__(self, input_dim=9, hidden_dim=48, num_layers=2, num_classes=6, dropout=0.3):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, num_layers=num_layers, batch_first=True,
                          bidirectional=True, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim * 2, num_classes)

    def forward(self, x):
        _, h_n = self.gru(x)
        hidden = torch.cat((h_n[-2, :, :], h_n[-1, :, :]), dim=1)
        hidden = self.dropout(hidden)
        return self.fc(hidden)


model = BiGRUClassifier()
