"""cn2 (issue 13's census): arithmetic methods and functions of a tensor and a number (`x.mul(0.5)`, `x.add(1.0)`,
`x.sub(1)`, `x.div(2)`, `torch.div(x, 2.0)`, `torch.rsub(x, 1.0)`) were PIV102 ("of a value Pivot does not follow";
`.div()`, `torch.div` had no entry). They are the catalog's NumberArith now (keras.ops.add/subtract/multiply/divide
with the number on its side), and `torch.div` of two tensors is the Divide entry; on an image (elementwise: the
same in either layout) and on features."""
# pivot-corpus: name=ArithNet input_shape=2,3,8,8
import torch
import torch.nn as nn

SCALE = 0.25


class ArithNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.fc = nn.Linear(4, 3)

    def forward(self, x):
        x = self.conv(x).mul(0.5).add(1.0)
        x = torch.div(x, 2).sub(3) + x.div(-2.0) * torch.mul(x, SCALE)
        x = torch.rsub(x, 1.0) + torch.div(x, x.abs() + 1).true_divide(3)
        x = x.mean(dim=(2, 3))
        return self.fc(x).add(2).div(x.abs().sum(1, keepdim=True) + 1.0)
