"""DAWNBench ResNet-9 (torchskeleton / KakaoBrain style): `conv_bn(c_in, c_out)` returning nn.Sequential(Conv2d, BatchNorm2d,
ReLU), a `Residual(module)` wrapper `x + self.module(x)`, a `Flatten` module `x.view(x.size(0), -1)` and
`Mul(weight)` scaling the logits by 0.125."""
# pivot-corpus: name=build_resnet9 input_shape=2,3,32,32
import torch
import torch.nn as nn


class Mul(nn.Module):
    def __init__(self, weight):
        super(Mul, self).__init__()
        self.weight = weight

    def forward(self, x):
        return x * self.weight


class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), -1)


class Residual(nn.Module):
    def __init__(self, module):
        super(Residual, self).__init__()
        self.module = module

    def forward(self, x):
        return x + self.module(x)


def conv_bn(channels_in, channels_out, kernel_size=3, stride=1, padding=1, groups=1):
    return nn.Sequential(
        nn.Conv2d(channels_in, channels_out, kernel_size=kernel_size, stride=stride, padding=padding,
                  groups=groups, bias=False),
        nn.BatchNorm2d(channels_out),
        nn.ReLU(inplace=True),
    )


def build_resnet9(num_class=10):
    return nn.Sequential(
        conv_bn(3, 8, kernel_size=3, stride=1, padding=1),
        conv_bn(8, 16, kernel_size=3, stride=1, padding=1),
        nn.MaxPool2d(2),
        Residual(nn.Sequential(conv_bn(16, 16), conv_bn(16, 16))),
        conv_bn(16, 32, kernel_size=3, stride=1, padding=1),
        nn.MaxPool2d(2),
        Residual(nn.Sequential(conv_bn(32, 32), conv_bn(32, 32))),
        nn.AdaptiveMaxPool2d((1, 1)),
        Flatten(),
        nn.Linear(32, num_class, bias=False),
        Mul(0.125),
    )


model = build_resnet9()
