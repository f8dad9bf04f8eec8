"""Imitates kefirski/pytorch_Highway (highway/highway.py), a Highway network: three nn.ModuleLists built by list
comprehensions (`nonlinear`, `linear`, `gate`), a loop `for layer in range(self.num_layers)` computing
`gate = F.sigmoid(self.gate[layer](x))` and `x = gate * nonlinear + (1 - gate) * linear`, with the activation
function `f` passed to the constructor. A classifier head added as in its MNIST example."""
# pivot-corpus: name=HighwayClassifier input_shape=4,20
import torch.nn as nn
import torch.nn.functional as F


class Highway(nn.Module):
    def __init__(self, size, num_layers, f):

        super(Highway, self).__init__()

        self.num_layers = num_layers

        self.nonlinear = nn.ModuleList([nn.Linear(size, size) for _ in range(num_layers)])

        self.linear = nn.ModuleList([nn.Linear(size, size) for _ in range(num_layers)])

        self.gate = nn.ModuleList([nn.Linear(size, size) for _ in range(num_layers)])

        self.f = f

    def forward(self, x):
        """
            :param x: tensor with shape of [batch_size, size]
            :return: tensor with shape of [batch_size, size]
            applies σ(x) ⨀ (f(G(x))) + (1 - σ(x)) ⨀ (Q(x)) transformation | G and Q is affine transformation,
            f is non-linear transformation, σ(x) is affine transformation with sigmoid non-linearition
            and ⨀ is element-wise multiplication
            """

        for layer in range(self.num_layers):
            gate = F.sigmoid(self.gate[layer](x))

            nonlinear = self.f(self.nonlinear[layer](x))
            linear = self.linear[layer](x)

            x = gate * nonlinear + (1 - gate) * linear

        return x


class HighwayClassifier(nn.Module):
    def __init__(self, in_features=20, size=32, num_layers=3, num_classes=5):
        super(HighwayClassifier, self).__init__()
        self.proj = nn.Linear(in_features, size)
        self.highway = Highway(size, num_layers, f=F.relu)
        self.out = nn.Linear(size, num_classes)

    def forward(self, x):
        x = F.relu(self.proj(x))
        x = self.highway(x)
        return F.log_softmax(self.out(x), dim=1)
