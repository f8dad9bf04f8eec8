"""gT4: `F.pad(x[:, :, ::2, ::2], (0, 0, 0, 0, self.planes // 4, self.planes // 4))` (the option-A shortcut of
akamaster's ResNet): a pad width that is an expression crashed the shape inference (int + Expr)."""
# pivot-corpus: name=Net input_shape=2,8,16,16
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, planes=16):
        super().__init__()
        self.planes = planes
        self.conv = nn.Conv2d(8, 8, 3, padding=1)

    def forward(self, x):
        x = self.conv(x)
        return F.pad(x[:, :, ::2, ::2], (0, 0, 0, 0, self.planes // 4, self.planes // 4), "constant", 0)
