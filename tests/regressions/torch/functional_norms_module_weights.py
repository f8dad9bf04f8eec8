"""wg2: the functional norms `F.group_norm`, `F.instance_norm` and `F.batch_norm` given the module's own weights
(`self.bn.running_mean`, ...): not migrated, a named error on each line (never exit 0)."""
# pivot-corpus: name=Net input_shape=2,8,6,6
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, c=8):
        super().__init__()
        self.conv = nn.Conv2d(c, c, 3, padding=1)
        self.gn_w = nn.Parameter(torch.ones(c))
        self.gn_b = nn.Parameter(torch.zeros(c))
        self.bn = nn.BatchNorm2d(c)

    def forward(self, x):
        x = self.conv(x)
        x = F.group_norm(x, 4, self.gn_w, self.gn_b)
        x = F.instance_norm(x)
        x = F.batch_norm(x, self.bn.running_mean, self.bn.running_var, self.bn.weight, self.bn.bias, False)
        return x
