"""cn2 (issue 13's census): `torch.where(cond, a, b)` had no entry (PIV102), and a comparison of tensors (`x > 0`)
was no value of the dataflow, so `(x > 0).float()` and `torch.zeros_like(x)` were not migrated either. The
comparison is an elementwise value now (the same code in both frameworks), `torch.where` of three arguments is
keras.ops.where (each branch a tensor or a number; `torch.where(cond)` alone is named), and zeros_like /
ones_like / full_like are entries: on an image (elementwise: the same in either layout) and on features."""
# pivot-corpus: name=WhereNet input_shape=2,3,8,8
import torch
import torch.nn as nn

THRESHOLD = 0.1


class WhereNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        x = self.conv(x)
        x = torch.where(x > 0, x, 0.1 * x) + torch.where(x < -0.5, torch.zeros_like(x), x)
        x = x * (x >= THRESHOLD).float() + torch.full_like(x, 0.5) - torch.ones_like(x)
        x = torch.where(x > x.mean(dim=1, keepdim=True), x, -x)
        x = x.mean(dim=(2, 3))
        y = self.fc(x)
        return torch.where(y != 0, y, torch.ones_like(y))
