"""wg2: adaptive pooling that keeps an axis and pools another to more than one position
(`nn.AdaptiveAvgPool2d((None, 3))`, `nn.AdaptiveMaxPool2d((2, None))`, `F.adaptive_max_pool2d(y, (None, 3))`) on
sizes it does not divide (overlapping windows): Pivot's TorchAdaptivePooling pools axis by axis, the kept one
untouched (was PIV105: adaptive pooling that keeps an axis is not migrated)."""
# pivot-corpus: name=Net input_shape=2,3,7,10
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.pool = nn.AdaptiveAvgPool2d((None, 3))
        self.rows = nn.AdaptiveMaxPool2d((2, None))

    def forward(self, x):
        y = self.conv(x)
        a = self.pool(y) + F.adaptive_max_pool2d(y, (None, 3))  # (N, 4, 7, 3)
        return a + self.rows(y)[:, :, :1, :3]
