"""wg2: a U-Net decoder's `F.interpolate(y, size=skip.shape[2:])`, `size=x.shape[-2:]` and `size=skip.size()[2:]`:
a size read inside the call from another image (was a named error; gp3: migrated, the slice written with Keras's
axes, `skip.shape[1:3]`, bilinear with align_corners=False at PyTorch's half-pixel centers)."""
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
        y = F.interpolate(y, scale_factor=0.5, mode="nearest")
        y = F.interpolate(y, size=skip.size()[2:], mode="bilinear")
        return F.interpolate(y, size=x.shape[-2:], mode="nearest")
