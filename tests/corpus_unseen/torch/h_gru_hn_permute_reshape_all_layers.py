"""LLM-generated style GRU encoder concatenating the final state of every layer:
`h_n.permute(1, 0, 2).reshape(x.size(0), -1)` (num_layers * hidden), then a Linear head with GELU."""
# pivot-corpus: name=GRUEncoder input_shape=2,25,3
import torch.nn as nn
import torch.nn.functional as F


class GRUEncoder(nn.Module):
    def __init__(self, input_size=3, hidden_size=24, num_layers=3, n_out=2):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size * num_layers, 32)
        self.out = nn.Linear(32, n_out)

    def forward(self, x):
        _, h_n = self.gru(x)
        h = h_n.permute(1, 0, 2).reshape(x.size(0), -1)
        h = F.gelu(self.fc(h))
        return self.out(h)


model = GRUEncoder()
