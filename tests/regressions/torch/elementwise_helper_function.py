"""Issue 13 (kuangliu's EfficientNet, its swish written with torch.sigmoid): module-level helpers that only combine their argument element by element,
`swish(x)` and a hard-swish through F.relu6, take images: no axis of theirs changes meaning with the layout (they
were reported as functions migrated without knowing their tensors' layout)."""
# pivot-corpus: name=Net input_shape=2,3,8,8 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


def swish(x):
    return x * torch.sigmoid(x)


def hswish(x):
    out = x * F.relu6(x + 3, inplace=True) / 6
    return out


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(8)
        self.conv2 = nn.Conv2d(8, 4, 1)

    def forward(self, x):
        out = swish(self.bn1(self.conv1(x)))
        out = hswish(self.conv2(out))
        return F.adaptive_avg_pool2d(out, 1).view(out.size(0), -1)
