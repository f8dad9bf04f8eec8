"""wg2: a U-Net decoder's `F.interpolate(y, size=skip.shape[2:])` and `size=x.shape[-2:]`: a size read inside the
call from another tensor is not migrated (its axes differ in Keras), a named error on each (never exit 0)."""
# pivot-corpus: name=Net input_shape=2,3,16,16
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Conv2d(3, 8, 3, padding=1)
        self.down = nn.Conv2d(8, 16, 3, stride=2, padding=1)
        self.dec = nn.Conv2d(24, 8, 3, padding=1)

    def forward(self, x):
        skip = self.enc(x)
        y = self.down(skip)
        y = F.interpolate(y, size=skip.shape[2:], mode="bilinear", align_corners=False)
        y = self.dec(torch.cat([y, skip], dim=1))
        return F.interpolate(y, size=x.shape[-2:], mode="nearest")
