"""A head nn.Sequential(nn.Flatten(), nn.Linear(...)) after pooling repeated a configurable number of times."""
# pivot-corpus: name=Net input_shape=2,3,16,16
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, depth=2):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.depth = depth
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(8 * 4 * 4, 10))

    def forward(self, x):
        x = self.stem(x)
        for _ in range(self.depth):
            x = self.pool(x)
        return self.head(x)
