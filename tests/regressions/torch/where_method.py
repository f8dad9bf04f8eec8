"""wg2: `x.where(condition, other)`, the method form of `torch.where(condition, x, other)` (was PIV102: tensor
method `.where()` not supported), on an image (elementwise: the same in either layout), on features, and the
last step of an index with an ellipsis on a non-image (`z[..., -1]`)."""
# pivot-corpus: name=Net input_shape=2,3,8,8
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(4, 6)

    def forward(self, x):
        y = self.conv(x)
        y = y.where(y > 0, 0.1 * y)
        z = self.fc(self.pool(y).flatten(1))
        z = z.where(z < 0.5, torch.zeros_like(z))
        return z[..., -1]
