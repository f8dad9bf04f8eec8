"""Imitates marvis/pytorch-mobilenet main.py (MobileNet v1 for ImageNet): nested `conv_bn(inp, oup, stride)` and
`conv_dw(inp, oup, stride)` functions inside `__init__` returning nn.Sequential, depthwise convs with
`groups=inp`, one `self.model = nn.Sequential(...)` ending in `nn.AvgPool2d(7)`, `x.view(-1, 1024)` and
`self.fc`. Widths reduced (the 1024 becomes 128), input 112x112."""
# pivot-corpus: name=Net input_shape=2,3,112,112
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()

        def conv_bn(inp, oup, stride):
            return nn.Sequential(
                nn.Conv2d(inp, oup, 3, stride, 1, bias=False),
                nn.BatchNorm2d(oup),
                nn.ReLU(inplace=True)
            )

        def conv_dw(inp, oup, stride):
            return nn.Sequential(
                nn.Conv2d(inp, inp, 3, stride, 1, groups=inp, bias=False),
                nn.BatchNorm2d(inp),
                nn.ReLU(inplace=True),

                nn.Conv2d(inp, oup, 1, 1, 0, bias=False),
                nn.BatchNorm2d(oup),
                nn.ReLU(inplace=True),
            )

        self.model = nn.Sequential(
            conv_bn(3, 8, 2),
            conv_dw(8, 16, 1),
            conv_dw(16, 32, 2),
            conv_dw(32, 32, 1),
            conv_dw(32, 64, 2),
            conv_dw(64, 64, 1),
            conv_dw(64, 128, 2),
            nn.AvgPool2d(7),
        )
        self.fc = nn.Linear(128, 10)

    def forward(self, x):
        x = self.model(x)
        x = x.view(-1, 128)
        x = self.fc(x)
        return x
