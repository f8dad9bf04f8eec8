"""LLM-generated style ("GRU for sleep-stage scoring from EEG epochs", seq-first): `batch_first=False` with
`x = x.transpose(0, 1).contiguous()`, `h0 = torch.zeros(self.num_layers * 2, batch_size, self.hidden,
device=x.device)`, a bidirectional GRU, and `torch.cat([out[-1, :, :self.hidden], out[0, :, self.hidden:]],
dim=-1)`."""
# pivot-corpus: name=SleepStagerGRU input_shape=2,30,4
import torch
import torch.nn as nn


class SleepStagerGRU(nn.Module):
    def __init__(self, n_features=4, hidden=16, num_layers=1, n_stages=5):
        super().__init__()
        self.hidden = hidden
        self.num_layers = num_layers
        self.gru = nn.GRU(n_features, hidden, num_layers=num_layers, bidirectional=True)
        self.fc = nn.Linear(hidden * 2, n_stages)

    def forward(self, x):
        batch_size = x.size(0)
        x = x.transpose(0, 1).contiguous()
        h0 = torch.zeros(self.num_layers * 2, batch_size, self.hidden, device=x.device)
        out, _ = self.gru(x, h0)
        feat = torch.cat([out[-1, :, :self.hidden], out[0, :, self.hidden:]], dim=-1)
        return self.fc(feat)


model = SleepStagerGRU()
