"""LLM-generated style (prompt: "Write a character-level RNN tagger in PyTorch using nn.RNNCell; input shape (N, T, F)
of one-hot characters"): `for x_t in x.unbind(dim=1)` with an nn.RNNCell(nonlinearity='relu'), each step's output
`self.out(h)` collected and `torch.stack(outputs, dim=1)`."""
# pivot-corpus: name=RNNCellTagger input_shape=3,7,10
import torch
import torch.nn as nn


class RNNCellTagger(nn.Module):
    def __init__(self, input_size=10, hidden_size=16, num_tags=4):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell = nn.RNNCell(input_size, hidden_size, nonlinearity='relu')
        self.out = nn.Linear(hidden_size, num_tags)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden_size)
        outputs = []
        for x_t in x.unbind(dim=1):
            h = self.cell(x_t, h)
            outputs.append(self.out(h))
        return torch.stack(outputs, dim=1)
