"""ut12 (x_ round): `self.head(h, self.scale)`, a model class of the file called with a float after its tensor: the
Keras call kept it positional, which Keras's `Layer.__call__` refuses at run time ("Only input tensors may be passed
as positional arguments") after an exit 0; the arguments after the tensors are named by the class's forward
parameters (`self.head(h, scale=self.scale)`)."""
# pivot-corpus: name=Net input_shape=2,6
import torch
import torch.nn as nn


class Head(nn.Module):
    def __init__(self, dim, n_out):
        super().__init__()
        self.fc = nn.Linear(dim, n_out)

    def forward(self, h, scale):
        return self.fc(h) * scale


class Net(nn.Module):
    def __init__(self, in_dim=6, hidden=8, n_out=3, scale=0.5):
        super().__init__()
        self.scale = scale
        self.body = nn.Linear(in_dim, hidden)
        self.head = Head(hidden, n_out)

    def forward(self, x):
        h = torch.relu(self.body(x))
        return self.head(h, self.scale)
