"""In-place ops on the result of a layer that returns a new tensor (PANNs' `F.relu_(self.bn1(self.conv1(x)))`,
SKNet's `conv(x).unsqueeze_(dim=1)`, a `.sigmoid_()` of a dense output): nothing else sees the change, so each is
its op (they were PIV102 "not supported yet")."""
# pivot-corpus: name=InplaceOnNew input_shape=2,3,8,8
import torch.nn as nn
import torch.nn.functional as F


class InplaceOnNew(nn.Module):
    def __init__(self):
        super(InplaceOnNew, self).__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        x = F.relu_(self.bn1(self.conv1(x)))
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.fc(x).sigmoid_()
