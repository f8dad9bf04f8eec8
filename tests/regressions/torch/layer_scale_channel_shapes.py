"""Issue 13: learned tensors shaped as one value per channel of an image, `(C, 1, 1)` and `(1, C, 1, 1)` against
a 2-D image, `(C, 1)` against a 1-D one, were refused (PIV105); they are Keras's `(1, 1, C)`, `(1, 1, 1, C)` and
`(1, C)`, and the weight copy moves their axes."""
# pivot-corpus: name=ChannelScaled input_shape=2,4,8,8
import torch
import torch.nn as nn


class ChannelScaled(nn.Module):
    def __init__(self, dim=6):
        super().__init__()
        self.conv = nn.Conv2d(4, dim, 3, padding=1)
        self.gamma = nn.Parameter(torch.randn(dim, 1, 1))
        self.shift = nn.Parameter(torch.randn(1, dim, 1, 1))
        self.conv1d = nn.Conv1d(dim, dim, 3, padding=1)
        self.scale1d = nn.Parameter(torch.randn(dim, 1))
        self.fc = nn.Linear(dim, 3)

    def forward(self, x):
        y = self.gamma * self.conv(x) + self.shift
        s = y.mean(dim=2)
        s = self.conv1d(s) * self.scale1d
        return self.fc(s.mean(dim=2))
