"""Issue 10: the classic squeeze-excitation block (`b, c, _, _ = x.size()`, `F.adaptive_avg_pool2d(x, 1).view(b, c)`,
`x * w.view(b, c, 1, 1)`) in a block class: it migrated with exit 0 to a Keras model that failed (the block's
input was not known as an image; the channel vector kept PyTorch's axes against a channels-last image)."""
# pivot-corpus: name=SENet input_shape=2,3,8,8
import torch
import torch.nn as nn
import torch.nn.functional as F


class SEBlock(nn.Module):
    def __init__(self, channels=16, reduction=4):
        super(SEBlock, self).__init__()
        self.fc1 = nn.Linear(channels, channels // reduction)
        self.fc2 = nn.Linear(channels // reduction, channels)

    def forward(self, x):
        b, c, _, _ = x.size()
        w = F.adaptive_avg_pool2d(x, 1).view(b, c)
        w = torch.sigmoid(self.fc2(F.relu(self.fc1(w))))
        return x * w.view(b, c, 1, 1)


class SENet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 16, 3, padding="same")
        self.se = SEBlock(16)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        x = self.se(F.relu(self.conv(x)))
        return self.fc(torch.flatten(F.adaptive_avg_pool2d(x, (1, 1)), 1))


model = SENet()
