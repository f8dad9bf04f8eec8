"""Fuzz model (seed 70676, torch subclassed)."""
# pivot-fuzz: input_shape=2,1,24 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `batc1` (BatchNorm): weight 0 has shape (24,), the source gives (1,)
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_se4():
    return nn.Linear(2, 1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.batc1 = nn.BatchNorm1d(1)
        self.se3 = nn.Linear(1, 2)
        self.se4 = make_se4()
        self.pool5 = nn.AdaptiveMaxPool1d(1)

    def forward(self, x):
        x = self.batc1(x)
        w2 = x.mean(2)
        w2 = torch.sigmoid(self.se4(torch.relu(self.se3(w2))))
        x = x * w2.view(-1, 1, 1)
        x = torch.flatten(self.pool5(x), 1)
        return x
