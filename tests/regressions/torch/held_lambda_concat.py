"""A lambda held by the constructor (issue 13, r_lstm_fcn): `self.concat = lambda a, b: torch.cat([a, b], dim=1)`
called once in forward is read as its expression with the call's arguments (its op migrated in the lambda:
`keras.ops.concatenate([a, b], axis=1)`), and `self.gate = lambda t: torch.sigmoid(t) * 2.0` likewise. Was
PIV102 (the lambda still uses `torch` after migration)."""
# pivot-corpus: name=TwoBranch input_shape=2,12
import torch
import torch.nn as nn


class TwoBranch(nn.Module):
    def __init__(self, n_in=12, hidden=8, n_out=3):
        super().__init__()
        self.left = nn.Linear(n_in, hidden)
        self.right = nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU())
        self.concat = lambda a, b: torch.cat([a, b], dim=1)
        self.gate = lambda t: torch.sigmoid(t) * 2.0
        self.fc = nn.Linear(2 * hidden, n_out)

    def forward(self, x):
        x = self.concat(self.left(x), self.right(x))
        return self.fc(self.gate(x))
