"""Fuzz model (seed 380067, torch subclassed). The input's rank is told only by a first BatchNorm1d(4) (it reads
(N, C) or (N, C, L)): Pivot guessed (N, 4), so `x.size()[1]` was kept as axis 1 in Keras, where the (N, L, C) image
has its length there (exit 0, max abs diff 13.4). A size read past the batch axis of a value of guessed rank, in a
model with image layers, is now a named PIV105."""
# pivot-fuzz: input_shape=2,4,24 input_dtype=float32
# found: silent: Mismatch: max abs diff 13.4 (float32 error of the computation 1.5e-07)
import torch
import torch.nn as nn
import torch.nn.functional as F


def make_conv2():
    return nn.Conv1d(4, 12, kernel_size=1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.batc1 = nn.BatchNorm1d(4)
        self.conv2 = make_conv2()
        self.pool3 = nn.AdaptiveAvgPool1d(1)

    def forward(self, x):
        x = self.batc1(x)
        x = x + torch.arange(x.size()[1])[:, None]
        x = self.conv2(x)
        x = torch.flatten(self.pool3(x), 1)
        return x
