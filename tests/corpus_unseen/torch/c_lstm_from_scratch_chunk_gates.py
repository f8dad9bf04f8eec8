"""LLM-generated style (prompt: "Implement an LSTM from scratch in PyTorch without nn.LSTM for time-series
classification; input shape (N, T, F)"): gates from `self.x2h(x_t) + self.h2h(h)`, split with
`gates.chunk(4, dim=1)`, sigmoid/tanh by hand, a Python loop over `x.size(1)` from zero states made with
`torch.zeros(x.size(0), self.hidden_size, device=x.device)`."""
# pivot-corpus: name=ScratchLSTM input_shape=4,10,3
import torch
import torch.nn as nn


class ScratchLSTM(nn.Module):
    def __init__(self, input_size=3, hidden_size=16, num_classes=4):
        super().__init__()
        self.hidden_size = hidden_size
        self.x2h = nn.Linear(input_size, 4 * hidden_size)
        self.h2h = nn.Linear(hidden_size, 4 * hidden_size)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h = torch.zeros(x.size(0), self.hidden_size, device=x.device)
        c = torch.zeros(x.size(0), self.hidden_size, device=x.device)
        for t in range(x.size(1)):
            gates = self.x2h(x[:, t, :]) + self.h2h(h)
            i, f, g, o = gates.chunk(4, dim=1)
            i = torch.sigmoid(i)
            f = torch.sigmoid(f)
            g = torch.tanh(g)
            o = torch.sigmoid(o)
            c = f * c + i * g
            h = o * torch.tanh(c)
        return self.fc(h)
