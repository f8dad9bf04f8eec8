"""LLM-generated style ("GRUCell unrolled by hand for online gait-phase estimation"): `nn.GRUCell`, the hidden
state `h = torch.zeros(x.size(0), self.hidden_size, device=x.device)`, `for t in range(x.size(1)): h =
self.cell(x[:, t, :], h)`, and a Linear on the final state."""
# pivot-corpus: name=GaitGRUCell input_shape=2,10,6
import torch
import torch.nn as nn


class GaitGRUCell(nn.Module):
    def __init__(self, input_size=6, hidden_size=16, n_out=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell = nn.GRUCell(input_size, hidden_size)
        self.fc = nn.Linear(hidden_size, n_out)

    def forward(self, x):
        h = torch.zeros(x.size(0), self.hidden_size, device=x.device)
        for t in range(x.size(1)):
            h = self.cell(x[:, t, :], h)
        return self.fc(h)


model = GaitGRUCell()
