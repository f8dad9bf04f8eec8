"""A first BatchNorm1d(4) (input (N, C) or (N, C, L)), then a squeeze-excitation reading `x.mean(2)` (fuzz torch
150408): the axis 2 tells (N, C, L), an image; it was migrated for (N, C) and verified as an image (the Keras
model failed in the excitation's multiply)."""
# pivot-fuzz: input_shape=2,4,16 input_dtype=float32
# found: silent: VerifyError: InvalidArgumentError: Net.call(): Mul: Incompatible shapes: [2,16,4] vs. [2,4,1]
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_se4():
    return nn.Linear(8, 4)


def make_avgp5():
    return nn.AvgPool1d(3)


def make_line6():
    return nn.Linear(20, 24)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.batc1 = nn.BatchNorm1d(4)
        self.se3 = nn.Linear(4, 8)
        self.se4 = make_se4()
        self.avgp5 = make_avgp5()
        self.line6 = make_line6()

    def forward(self, x):
        x = self.batc1(x)
        w2 = x.mean(2)
        w2 = torch.sigmoid(self.se4(torch.relu(self.se3(w2))))
        x = torch.mul(x, w2.unsqueeze(-1))
        x = self.avgp5(x)
        x = torch.flatten(x, 1)
        x = self.line6(x)
        return x
