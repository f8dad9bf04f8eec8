"""Fuzz model (seed 30078, torch builder)."""
# pivot-fuzz: input_shape=2,1,24 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.0252 (float32 error of the computation 9.8e-06)
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_act9():
    return nn.Softmax(1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        blocks = []
        channels = 1
        for width in (4, 4, 4):
            blocks.append(nn.Conv1d(channels, width, 1, padding=0))
            blocks.append(nn.InstanceNorm1d(width))
            channels = width
        self.features = nn.Sequential(*blocks)
        self.drop1 = nn.Dropout()
        self.conv2 = nn.Conv1d(4, 4, 3, padding=1)
        self.prel3 = nn.PReLU()
        self.conv4 = nn.Conv1d(4, 4, kernel_size=3, padding=1)
        self.drop5 = nn.Dropout1d(0.5, True)
        self.conv6 = nn.Conv1d(4, 12, kernel_size=1, padding=0)
        self.drop7 = nn.Dropout(0.5)
        self.conv8 = nn.Conv1d(4, 12, kernel_size=1, padding=0)
        self.act9 = make_act9()
        self.pool10 = nn.AdaptiveMaxPool1d(2)
        self.line11 = nn.Linear(48, 4, bias=False)

    def forward(self, x):
        x = self.features(x)
        x = self.drop1(x)
        b1_0 = self.conv2(x)
        b1_0 = self.prel3(b1_0)
        b3_1 = self.conv4(x)
        b3_1 = self.drop5(b3_1)
        x = b1_0 + b3_1
        b5_0 = self.conv6(x)
        b5_0 = self.drop7(b5_0)
        b7_1 = self.conv8(x)
        b7_1 = self.act9(b7_1)
        b7_1 = F.silu(b7_1)
        x = torch.cat([b5_0, b7_1], dim=1)
        x = torch.flatten(self.pool10(x), 1)
        x = self.line11(x)
        return x
