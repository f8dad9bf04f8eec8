"""A first BatchNorm1d(4), then `x.unsqueeze(2)`: the axis 2 numbers the result (one more axis), so it does not
tell (N, C, L) as `x.mean(2)` does (guard of batchnorm1d_then_squeeze_excite_then_pool); (N, C) stays."""
# pivot-fuzz: input_shape=2,4 input_dtype=float32
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(4)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        x = self.bn(x)
        y = x.unsqueeze(2)
        return self.fc(y.squeeze(2))
