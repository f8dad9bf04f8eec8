"""Issue 13 (fl1): `torch.squeeze` and `x.view(-1, C)` of a 3-D global pool's (N, C, 1, 1, 1): the same features in
both layouts."""
# pivot-corpus: name=Pooled3d input_shape=2,2,6,6,6 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class Pooled3d(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv3d(2, 4, 3)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        x = F.adaptive_max_pool3d(self.conv(x), 1)
        return self.fc(torch.squeeze(x)) - self.fc(x.view(-1, 4))
