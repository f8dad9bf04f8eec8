"""LLM-generated style 3-D CNN for CT patches: the classifier input size found in __init__ by
`self._to_linear = None` and a `convs(self, x)` method run on `torch.randn(1, 1, D, H, W)` (the
sentdex idiom: `if self._to_linear is None: self._to_linear = x[0].shape[0] * x[0].shape[1] * ...`)."""
# pivot-corpus: name=CT3DNet input_shape=2,1,16,32,32
import torch
import torch.nn as nn
import torch.nn.functional as F


class CT3DNet(nn.Module):
    def __init__(self, depth=16, height=32, width=32, num_classes=2):
        super().__init__()
        self.conv1 = nn.Conv3d(1, 8, 3, padding=1)
        self.conv2 = nn.Conv3d(8, 16, 3, padding=1)
        self.bn1 = nn.BatchNorm3d(8)
        self.bn2 = nn.BatchNorm3d(16)
        self._to_linear = None
        x = torch.randn(1, 1, depth, height, width)
        self.convs(x)
        self.fc1 = nn.Linear(self._to_linear, 32)
        self.fc2 = nn.Linear(32, num_classes)

    def convs(self, x):
        x = F.max_pool3d(F.relu(self.bn1(self.conv1(x))), 2)
        x = F.max_pool3d(F.relu(self.bn2(self.conv2(x))), 2)
        if self._to_linear is None:
            self._to_linear = x[0].shape[0] * x[0].shape[1] * x[0].shape[2] * x[0].shape[3]
        return x

    def forward(self, x):
        x = self.convs(x)
        x = x.view(-1, self._to_linear)
        x = F.relu(self.fc1(x))
        return self.fc2(x)


model = CT3DNet()
