"""wg2: a constructor parameter rebound before the layers read it (`k = k + 2`), a local computed from it, and a
loop variable named like a parameter: the sized analysis of verify follows the constructor's plain assignments in
order (the kernel is 5, not the default 3) and leaves a name bound any other way unknown."""
# pivot-corpus: name=Rebound input_shape=2,1,8,6
import torch.nn as nn


class Rebound(nn.Module):
    def __init__(self, k: int = 3):
        super().__init__()
        k = k + 2
        width = k - 4
        self.conv = nn.Conv2d(1, 4, (k, width))
        self.extra = nn.ModuleList([nn.Identity() for k in range(2)])
        self.fc = nn.Linear(96, 2)

    def forward(self, x):
        return self.fc(self.conv(x).flatten(1))
