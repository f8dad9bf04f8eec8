"""Fuzz model (seed 70786, torch subclassed)."""
# pivot-fuzz: input_shape=2,1,6,6,6 input_dtype=float32
# found: silent: VerifyError: WeightError: `batc5` (BatchNorm3d): weight 0 has shape (6,), the source gives (1,)
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_batc5():
    return nn.BatchNorm3d(1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.act1 = nn.ELU()
        self.se3 = nn.Linear(1, 4)
        self.se4 = nn.Linear(4, 1)
        self.batc5 = make_batc5()

    def forward(self, x):
        x = self.act1(x)
        w2 = x.mean((2, 3, 4))
        w2 = torch.sigmoid(self.se4(torch.relu(self.se3(w2))))
        x = torch.mul(x, w2.unsqueeze(-1).unsqueeze(-1).unsqueeze(-1))
        x = self.batc5(x)
        return x
