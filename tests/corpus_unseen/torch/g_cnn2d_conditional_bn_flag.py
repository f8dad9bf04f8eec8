"""LLM-generated style CNN whose conv helper takes `use_bn` and `pool` flags: `def conv_block(in_c, out_c,
use_bn=True, pool=True)` appending to a list under `if`, returning `nn.Sequential(*layers)`; the network
chains four such blocks, some with pool=False, and a `nn.AdaptiveMaxPool2d((1, 1))` head."""
# pivot-corpus: name=FlagCNN input_shape=2,3,32,32
import torch
import torch.nn as nn


def conv_block(in_c, out_c, use_bn=True, pool=True):
    layers = [nn.Conv2d(in_c, out_c, kernel_size=3, padding=1)]
    if use_bn:
        layers.append(nn.BatchNorm2d(out_c))
    layers.append(nn.ReLU(inplace=True))
    if pool:
        layers.append(nn.MaxPool2d(2))
    return nn.Sequential(*layers)


class FlagCNN(nn.Module):
    def __init__(self, num_classes=7):
        super().__init__()
        self.body = nn.Sequential(
            conv_block(3, 16, use_bn=False),
            conv_block(16, 32),
            conv_block(32, 32, pool=False),
            conv_block(32, 64),
        )
        self.pool = nn.AdaptiveMaxPool2d((1, 1))
        self.fc = nn.Linear(64, num_classes)

    def forward(self, x):
        x = self.pool(self.body(x))
        x = x.view(-1, 64)
        return self.fc(x)


model = FlagCNN()
