"""wg2: `nn.AdaptiveAvgPool2d((None, 3))`: adaptive pooling that keeps an axis and pools the other to more than
one position is not migrated (only `(None, 1)`, a mean over the pooled axis), a named error (never exit 0)."""
# pivot-corpus: name=Net input_shape=2,3,8,12
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.pool = nn.AdaptiveAvgPool2d((None, 3))

    def forward(self, x):
        return self.pool(self.conv(x))
