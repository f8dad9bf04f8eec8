"""GhostNet's GhostModule (issue 13, r_ghostnet_ghost_module): `nn.ReLU(inplace=True) if relu else nn.Sequential()`
as an element of nn.Sequential, built with relu=True in one block and relu=False in the other (the condition
kept as written: both modules are weightless and keep the shape, an empty Sequential is the identity), and an
in-place chain on a new tensor (`(x1 + x2).relu_().sigmoid_()`: the op chain, nothing else sees
it). Was PIV104 (the element not a module call Pivot can follow) and PIV102 (`.sigmoid_()` on `.relu_()`)."""
# pivot-corpus: name=GhostPair input_shape=2,3,16,16
import torch.nn as nn


class GhostModule(nn.Module):
    def __init__(self, inp, oup, relu=True):
        super().__init__()
        self.primary_conv = nn.Sequential(
            nn.Conv2d(inp, oup, 3, 1, 1, bias=False),
            nn.BatchNorm2d(oup),
            nn.ReLU(inplace=True) if relu else nn.Sequential(),
        )
        self.cheap_operation = nn.Sequential(
            nn.Conv2d(oup, oup, 3, 1, 1, groups=oup, bias=False),
            nn.BatchNorm2d(oup),
            nn.Hardswish() if relu else nn.Identity(),
        )

    def forward(self, x):
        x1 = self.primary_conv(x)
        x2 = self.cheap_operation(x1)
        return (x1 + x2).relu_().sigmoid_()


class GhostPair(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.ghost1 = GhostModule(3, 8, relu=True)
        self.ghost2 = GhostModule(8, 8, relu=False)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, num_classes)

    def forward(self, x):
        x = self.ghost2(self.ghost1(x))
        return self.fc(self.pool(x).flatten(1))
