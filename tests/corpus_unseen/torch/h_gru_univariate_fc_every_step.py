"""LLM-generated style univariate forecaster: input (N, L) unsqueezed with `x.unsqueeze(-1)`, GRU, output
of every step through a Linear (`self.fc(out)`), then the last step `[:, -1, 0]`."""
# pivot-corpus: name=UnivariateGRU input_shape=2,30
import torch.nn as nn


class UnivariateGRU(nn.Module):
    def __init__(self, hidden_size=16, num_layers=1):
        super().__init__()
        self.gru = nn.GRU(1, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, 1)

    def forward(self, x):
        x = x.unsqueeze(-1)
        out, _ = self.gru(x)
        out = self.fc(out)
        return out[:, -1, 0]


model = UnivariateGRU()
