"""gT5 (issue 13, s_custom_linear_f_linear, s_cosine_classifier_normalize_param): a from-scratch linear layer,
`nn.Parameter(torch.empty(out, in))` weight and bias applied with `F.linear(x, self.weight, self.bias)` (also inside
an expression, with a conditional bias, without a bias), was PIV102; Keras gets add_weight of the same (out, in)
shape used as `(matmul(x, transpose(W)) + b)`, the weights copied as they are."""
# pivot-corpus: name=Net input_shape=4,12
import torch
import torch.nn as nn
import torch.nn.functional as F


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(out_features, in_features))
        self.bias = nn.Parameter(torch.zeros(out_features))
        nn.init.xavier_uniform_(self.weight)

    def forward(self, x):
        y = F.linear(x, self.weight, self.bias) * 2.0
        y = y - F.linear(x, self.weight, self.bias * 0.5 if self.bias is not None else None)
        return y + F.linear(x, self.weight)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = MyLinear(12, 24)
        self.fc2 = MyLinear(24, 3)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


model = Net()
