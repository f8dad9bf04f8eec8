"""Custom-layer tutorial style ("writing your own nn.Linear"): `nn.Parameter(torch.Tensor(out, in))` weight and
bias, `reset_parameters` with `kaiming_uniform_(a=math.sqrt(5))` and the fan-in bound, `F.linear(x, self.weight,
self.bias)` in forward; an MLP stacks two of them."""
# pivot-corpus: name=CustomMLP input_shape=4,12
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features, bias=True):
        super(MyLinear, self).__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = nn.Parameter(torch.Tensor(out_features, in_features))
        if bias:
            self.bias = nn.Parameter(torch.Tensor(out_features))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self):
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in, _ = nn.init._calculate_fan_in_and_fan_out(self.weight)
            bound = 1 / math.sqrt(fan_in)
            nn.init.uniform_(self.bias, -bound, bound)

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


class CustomMLP(nn.Module):
    def __init__(self):
        super(CustomMLP, self).__init__()
        self.fc1 = MyLinear(12, 24)
        self.fc2 = MyLinear(24, 3)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return self.fc2(x)


model = CustomMLP()
