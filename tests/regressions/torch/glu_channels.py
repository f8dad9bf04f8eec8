"""Issue 13: F.glu over the channels of a conv feature map (dim=1, the last axis in Keras), then a flatten."""
# pivot-corpus: name=GatedConv input_shape=2,3,8,8
import torch.nn as nn
import torch.nn.functional as F


class GatedConv(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 16, 3, padding=1)
        self.fc = nn.Linear(8 * 8 * 8, 4)

    def forward(self, x):
        x = F.glu(self.conv(x), dim=1)
        x = x.flatten(1)
        return self.fc(x)


model = GatedConv()
