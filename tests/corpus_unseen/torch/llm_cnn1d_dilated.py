"""LLM-generated style dilated 1-D CNN for audio frames: Conv1d layers with dilation 1, 2, 4 and
padding=dilation (same length), nn.ModuleList iterated with enumerate, F.adaptive_avg_pool1d(x, 1).view(...)."""
# pivot-corpus: name=DilatedConvNet input_shape=2,4,80
import torch
import torch.nn as nn
import torch.nn.functional as F


class DilatedConvNet(nn.Module):
    def __init__(self, in_channels=4, channels=16, num_classes=7, dilations=(1, 2, 4)):
        super().__init__()
        self.input_conv = nn.Conv1d(in_channels, channels, kernel_size=1)
        self.convs = nn.ModuleList(
            [nn.Conv1d(channels, channels, kernel_size=3, padding=d, dilation=d) for d in dilations]
        )
        self.fc = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = self.input_conv(x)
        for i, conv in enumerate(self.convs):
            x = F.relu(conv(x))
        x = F.adaptive_avg_pool1d(x, 1).view(x.size(0), -1)
        return self.fc(x)


model = DilatedConvNet()
