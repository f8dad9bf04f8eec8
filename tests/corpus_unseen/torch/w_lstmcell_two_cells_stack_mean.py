"""LLM-generated style (Gemini, "a two-layer LSTM built from nn.LSTMCell"): two stacked LSTMCells stepped with
`seq_len = x.shape[1]`, states `x.new_zeros(batch, hidden)`, the top cell's outputs stacked and averaged
`torch.stack(outs, dim=1).mean(dim=1)`."""
# pivot-corpus: name=StackedLSTMCells input_shape=2,5,3
import torch
import torch.nn as nn


class StackedLSTMCells(nn.Module):
    def __init__(self, input_size=3, hidden_size=12, num_classes=4):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell1 = nn.LSTMCell(input_size, hidden_size)
        self.cell2 = nn.LSTMCell(hidden_size, hidden_size)
        self.classifier = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        batch, seq_len = x.shape[0], x.shape[1]
        h1 = x.new_zeros(batch, self.hidden_size)
        c1 = x.new_zeros(batch, self.hidden_size)
        h2 = x.new_zeros(batch, self.hidden_size)
        c2 = x.new_zeros(batch, self.hidden_size)
        outs = []
        for t in range(seq_len):
            h1, c1 = self.cell1(x[:, t], (h1, c1))
            h2, c2 = self.cell2(h1, (h2, c2))
            outs.append(h2)
        pooled = torch.stack(outs, dim=1).mean(dim=1)
        return self.classifier(pooled)
