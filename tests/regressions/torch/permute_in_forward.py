"""Issue 10: a model taking channels-last images and permuting them in forward."""
# pivot-corpus: name=PermuteNet input_shape=2,8,8,3 input_dtype=float32
import torch
import torch.nn as nn


class PermuteNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(4 * 6 * 6, 2)

    def forward(self, x):
        x = x.permute(0, 3, 1, 2)
        x = torch.relu(self.conv(x))
        return self.fc(torch.flatten(x, 1))
