"""LLM-generated style (Claude, "a stacked bidirectional GRU, take the last layer's states correctly"): `h_n.view(
self.num_layers, 2, batch_size, self.hidden_size)`, the last layer `[-1]`, its two directions joined with
`torch.cat([last[0], last[1]], dim=-1)`."""
# pivot-corpus: name=StackedBiGRU input_shape=2,9,5
import torch
import torch.nn as nn


class StackedBiGRU(nn.Module):
    def __init__(self, input_size=5, hidden_size=12, num_layers=3, num_classes=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, x):
        batch_size = x.size(0)
        _, h_n = self.gru(x)  # (num_layers * 2, batch, hidden)
        h_n = h_n.view(self.num_layers, 2, batch_size, self.hidden_size)
        last = h_n[-1]        # (2, batch, hidden)
        feat = torch.cat([last[0], last[1]], dim=-1)
        return self.fc(feat)
