"""A small image-to-image network in the style-transfer tradition: reflection-free conv blocks with
InstanceNorm2d (with and without affine parameters) and the activations Keras names differently
(Mish, Hardsigmoid, Softsign, LogSigmoid, Tanhshrink, as modules and as functions), and PReLU with one
slope per channel and one for all."""
# pivot-corpus: name=StyleNet input_shape=2,3,16,16 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class StyleNet(nn.Module):
    def __init__(self, channels=8):
        super().__init__()
        self.conv1 = nn.Conv2d(3, channels, 3, padding=1)
        self.in1 = nn.InstanceNorm2d(channels, affine=True)
        self.act1 = nn.Mish()
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1)
        self.in2 = nn.InstanceNorm2d(channels)
        self.gate = nn.Hardsigmoid()
        self.conv3 = nn.Conv1d(channels, 4, 1)
        self.norm1d = nn.InstanceNorm1d(4, eps=1e-3, affine=True)
        self.soft = nn.Softsign()
        self.prelu = nn.PReLU(channels, init=0.1)
        self.prelu_all = nn.PReLU()

    def forward(self, x):
        x = self.prelu(self.act1(self.in1(self.conv1(x))) - 0.5)
        y = self.in2(self.conv2(x))
        x = x * self.gate(y) + F.mish(y)
        x = x.mean(dim=2)                                  # (N, C, W)
        x = self.prelu_all(self.soft(self.norm1d(self.conv3(x))))
        return F.logsigmoid(x) + F.tanhshrink(x) + F.hardsigmoid(x)
