"""gp3: nanoGPT's LayerNorm module (`F.layer_norm(input, self.weight.shape, self.weight, self.bias, 1e-5)` of its own
nn.Parameters, bias optional) in a small MLP over token features: keras.ops.layer_normalization with gamma= and beta=
the Keras weights (was a named error: "a weight or bias passed to it is not migrated")."""
# pivot-corpus: name=Net input_shape=2,6,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class LayerNorm(nn.Module):
    def __init__(self, ndim, bias):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(ndim))
        self.bias = nn.Parameter(torch.randn(ndim)) if bias else None

    def forward(self, input):
        return F.layer_norm(input, self.weight.shape, self.weight, self.bias, 1e-5)


class Net(nn.Module):
    def __init__(self, d=16):
        super().__init__()
        self.fc1 = nn.Linear(d, 32)
        self.ln = LayerNorm(32, bias=True)
        self.fc2 = nn.Linear(32, 4)

    def forward(self, x):
        return self.fc2(torch.relu(self.ln(self.fc1(x))))
