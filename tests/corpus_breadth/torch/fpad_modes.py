"""Explicit padding with `F.pad` before unpadded convolutions, as U-Nets and style-transfer nets write it:
reflect and replicate padding of images, asymmetric constant padding of a 1-D feature map and of features."""
# pivot-corpus: name=PadNet input_shape=2,3,12,12 input_dtype=float32
import torch
import torch.nn as nn
import torch.nn.functional as F


class PadNet(nn.Module):
    def __init__(self, channels=6, num_classes=4):
        super().__init__()
        self.conv1 = nn.Conv2d(3, channels, 3)
        self.conv2 = nn.Conv2d(channels, channels, 3)
        self.conv3 = nn.Conv1d(channels, channels, 2)
        self.fc = nn.Linear(channels + 2, num_classes)

    def forward(self, x):
        x = torch.relu(self.conv1(F.pad(x, (1, 1, 1, 1), mode="reflect")))
        x = self.conv2(F.pad(x, (1, 1, 1, 1), "replicate"))     # (N, C, 12, 12)
        x = x.mean(dim=3)                                       # (N, C, 12)
        x = self.conv3(F.pad(x, (1, 0), value=-0.5))            # (N, C, 12)
        x = x.amax(dim=2)
        return self.fc(F.pad(x, (0, 2)))
