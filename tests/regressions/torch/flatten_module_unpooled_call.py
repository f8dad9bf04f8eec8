"""Issue 13 (fl1): a `Flatten` module one call gives a pooled (C, 1, 1) image and another a whole feature map: its
features come in another order in Keras for the second, so the module stays a named error."""
# pivot-corpus: name=TwoFlattens input_shape=2,3,6,6 input_dtype=float32
import torch
import torch.nn as nn


class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), -1)


class TwoFlattens(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.flatten = Flatten()
        self.fc = nn.Linear(4 + 4 * 4 * 4, 2)

    def forward(self, x):
        x = self.conv(x)
        return self.fc(torch.cat([self.flatten(self.pool(x)), self.flatten(x)], dim=1))
