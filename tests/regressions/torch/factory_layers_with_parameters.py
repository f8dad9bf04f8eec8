"""Issue 10: layers built by module-level factories with parameters (`self.norm = make_norm(c)`,
`make_softmax(dim=1)`, a keyword and a default): each is read as the layer it returns with the call's arguments
bound, so the first BatchNorm1d's rank comes from the factory-built Conv1d after it, and the softmax over the
channels is written in place (its axis moves with the layout; the factory's own migration is not what this call
needs)."""
# pivot-corpus: name=FactoryNet input_shape=2,4,12 input_dtype=float32
import torch
import torch.nn as nn


def make_conv(c_in, c_out, k=3):
    return nn.Conv1d(c_in, c_out, kernel_size=k, padding=k // 2)


def make_norm(channels):
    return nn.BatchNorm1d(channels)


def make_softmax(dim):
    return nn.Softmax(dim=dim)


class FactoryNet(nn.Module):
    def __init__(self, width=6):
        super().__init__()
        self.norm = make_norm(4)
        self.conv = make_conv(4, width)
        self.conv2 = make_conv(width, width, k=5)
        self.soft = make_softmax(dim=1)
        self.head = nn.Linear(width * 12, 3)

    def forward(self, x):
        x = self.norm(x)
        x = torch.relu(self.conv(x))
        x = self.soft(self.conv2(x))
        return self.head(torch.flatten(x, 1))
