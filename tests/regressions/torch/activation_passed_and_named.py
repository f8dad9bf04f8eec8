"""Issue 13: an activation function given to a model class of the file (`Gated(size, f=F.gelu)`, kept as `self.f = f`
and called as `self.f(x)`: kefirski's Highway), also as a default (`g=F.sigmoid`), was PIV102 (`F` still used); a layer
class looked up by name from a
key of a dict parameter the file builds the model with (`getattr(nn, config['act'])()`) was PIV102."""
# pivot-corpus: name=Net input_shape=3,6
import torch.nn as nn
import torch.nn.functional as F


class Gated(nn.Module):
    def __init__(self, size, f, g=F.sigmoid):
        super().__init__()
        self.lin = nn.Linear(size, size)
        self.gate = nn.Linear(size, size)
        self.f = f
        self.g = g

    def forward(self, x):
        gate = self.g(self.gate(x))
        return gate * self.f(self.lin(x)) + (1 - gate) * x


class Net(nn.Module):
    def __init__(self, config={'inp': 6, 'hid': 10, 'act': 'SiLU'}):
        super().__init__()
        layers = [nn.Linear(config['inp'], config['hid'])]
        for _ in range(2):
            layers.append(getattr(nn, config['act'])())
            layers.append(Gated(config['hid'], f=F.leaky_relu, g=F.hardsigmoid))
        self.body = nn.Sequential(*layers)
        self.tail = Gated(config['hid'], F.elu)

    def forward(self, x):
        return self.tail(self.body(x))


model = Net({'inp': 6, 'hid': 10, 'act': 'SiLU'})
