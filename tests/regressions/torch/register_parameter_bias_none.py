"""Issue 13 (fl1): a module's optional bias, `self.register_parameter("bias", None)` when built without one, then
`F.linear(x, self.weight, self.bias)`: `self.bias = None` in Keras, and the bias added only when there is one (the
call was copied untranslated: an AttributeError on the Keras model)."""
# pivot-corpus: name=TwoLinears input_shape=2,6 input_dtype=float32
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features, bias=True):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(out_features, in_features) / math.sqrt(in_features))
        if bias:
            self.bias = nn.Parameter(torch.zeros(out_features))
        else:
            self.register_parameter("bias", None)

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


class TwoLinears(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = MyLinear(6, 5)
        self.fc2 = MyLinear(5, 3, bias=False)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
