"""wg2: `self.register_buffer("h0", torch.zeros(1, 1, hidden))` used as the initial state of a GRU (was a named error:
only buffers of literal float values were migrated; gp3: a filled tensor made in the call is a buffer the
constructor computes, a Keras weight not trained, broadcast over the batch by `expand`)."""
# pivot-corpus: name=Net input_shape=2,5,8
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.rnn = nn.GRU(8, hidden, batch_first=True)
        self.register_buffer("h0", torch.zeros(1, 1, hidden))
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        h = self.h0.expand(-1, x.size(0), -1).contiguous()
        out, _ = self.rnn(x, h)
        return self.fc(out[:, -1])
