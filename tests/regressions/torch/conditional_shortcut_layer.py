"""gT4: WideResNet's optional shortcut layer: `self.short = (not self.equal) and nn.Conv2d(...) or None` (Python's
conditional before `if/else`) and `nn.Conv2d(...) if not self.equal else None`, the condition differing between the
blocks the file builds, then `torch.add(x if self.equal else self.short(x), out)` (a conditional of two tensors) was
PIV102 ("combines a tensor with a value that is not one"): the layer was not read and the conditional had no value."""
# pivot-corpus: name=Net input_shape=2,4,8,8
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.equal = (cin == cout)
        self.conv = nn.Conv2d(cin, cout, 3, stride=stride, padding=1)
        self.short = (not self.equal) and nn.Conv2d(cin, cout, 1, stride=stride, bias=False) or None
        self.short2 = nn.Conv2d(cin, cout, 1, stride=stride) if not self.equal else None

    def forward(self, x):
        out = self.conv(x)
        other = x if self.equal else self.short2(x)
        return torch.add(x if self.equal else self.short(x), out) + other


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.b1 = Block(4, 4, 1)
        self.b2 = Block(4, 8, 2)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        x = self.b2(self.b1(x))
        return self.fc(x.mean(dim=(2, 3)))
