"""Sizes read from an image-like tensor (x.shape[i]) move with the layout, as its axes do."""
# pivot-corpus: name=Net input_shape=2,3,16,16
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        x = self.conv(x)
        n, c = x.shape[0], x.shape[1]
        x = x.mean(dim=(2, 3)).reshape(n, c)
        return self.fc(x)
