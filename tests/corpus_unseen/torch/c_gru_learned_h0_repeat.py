"""LLM-generated style (prompt: "Write a PyTorch GRU classifier with a learnable initial hidden state; input shape
(N, T, F)"): `self.h0 = nn.Parameter(torch.zeros(num_layers, 1, hidden_size))` tiled over the batch with
`self.h0.repeat(1, x.size(0), 1)`."""
# pivot-corpus: name=LearnedInitGRU input_shape=4,11,6
import torch
import torch.nn as nn


class LearnedInitGRU(nn.Module):
    def __init__(self, input_size=6, hidden_size=20, num_layers=2, num_classes=3):
        super().__init__()
        self.h0 = nn.Parameter(torch.zeros(num_layers, 1, hidden_size))
        self.gru = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = self.h0.repeat(1, x.size(0), 1)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1])
