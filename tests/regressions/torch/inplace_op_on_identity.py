"""An in-place op on the result of a layer that may return its input (`nn.Identity`, dropout at inference): the
change is seen through the input's name too, so it stays a named error (never the out-of-place op, which would
leave `x` unchanged: exit 0 and wrong)."""
# pivot-corpus: name=InplaceOnIdentity input_shape=2,8
import torch.nn as nn
import torch.nn.functional as F


class InplaceOnIdentity(nn.Module):
    def __init__(self):
        super(InplaceOnIdentity, self).__init__()
        self.skip = nn.Identity()
        self.fc = nn.Linear(8, 8)

    def forward(self, x):
        y = F.relu_(self.skip(x))
        return self.fc(x) + y
