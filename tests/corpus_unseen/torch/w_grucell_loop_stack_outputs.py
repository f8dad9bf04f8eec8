"""LLM-generated style (Claude, "implement a GRU manually with nn.GRUCell"): a loop `for t in range(x.size(1))`
collecting `outputs.append(h)`, `torch.stack(outputs, dim=1)`, a per-step Linear (batch, seq, out)."""
# pivot-corpus: name=GRUCellSequence input_shape=2,6,4
import torch
import torch.nn as nn


class GRUCellSequence(nn.Module):
    def __init__(self, input_size=4, hidden_size=16, output_size=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell = nn.GRUCell(input_size, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        batch_size = x.size(0)
        h = torch.zeros(batch_size, self.hidden_size, device=x.device)
        outputs = []
        for t in range(x.size(1)):
            h = self.cell(x[:, t, :], h)
            outputs.append(h)
        outputs = torch.stack(outputs, dim=1)  # (batch, seq, hidden)
        return self.out(outputs)
