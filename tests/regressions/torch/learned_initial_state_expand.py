"""gp3: a learned initial state `nn.Parameter(torch.randn(layers, 1, hidden) * 0.1)` of a two-layer GRU, expanded over
the batch (`self.h0.expand(-1, x.size(0), -1).contiguous()`): the Keras weight of the same shape, broadcast."""
# pivot-corpus: name=Net input_shape=2,5,8
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=12, layers=2):
        super().__init__()
        self.gru = nn.GRU(8, hidden, num_layers=layers, batch_first=True)
        self.h0 = nn.Parameter(torch.randn(layers, 1, hidden) * 0.1)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        h0 = self.h0.expand(-1, x.size(0), -1).contiguous()
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1, :])
