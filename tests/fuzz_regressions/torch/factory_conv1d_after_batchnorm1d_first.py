"""Fuzz model (seed 30023, torch subclassed)."""
# pivot-fuzz: input_shape=2,4,24 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `batc1` (BatchNorm): weight 0 has shape (24,), the source gives (4,)
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_conv2():
    return nn.Conv1d(4, 4, kernel_size=3, padding=1)


def make_act3():
    return nn.SELU()


def make_grou5():
    return nn.GroupNorm(1, 8, eps=0.001, affine=False)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.batc1 = nn.BatchNorm1d(4, affine=False)
        self.conv2 = make_conv2()
        self.act3 = make_act3()
        self.conv4 = nn.Conv1d(4, 8, kernel_size=3, padding=1)
        self.grou5 = make_grou5()
        self.conv6 = nn.Conv1d(4, 8, 3, padding=1, bias=False)
        self.line7 = nn.Linear(192, 8, bias=True)

    def forward(self, x):
        x = self.batc1(x)
        b1_0 = self.conv2(x)
        b1_0 = self.act3(b1_0)
        x = torch.maximum(b1_0, x)
        b3_0 = self.conv4(x)
        b3_0 = F.tanhshrink(b3_0)
        b3_0 = self.grou5(b3_0)
        b5_1 = self.conv6(x)
        x = torch.mul(b3_0, b5_1)
        x = torch.reshape(x, (x.shape[0], -1))
        x = self.line7(x)
        return x
