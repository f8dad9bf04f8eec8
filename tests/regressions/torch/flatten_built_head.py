"""Issue 10: a flattened image entering a block built by code (BatchNorm1d, ReLU, Dropout, then Linear): the
flatten order must reach the Linear too, not only the block's first weighted module."""
# pivot-corpus: name=FlattenBuiltHead input_shape=2,3,6,6 input_dtype=float32
import torch.nn as nn


def make_head(width, classes):
    return nn.Sequential(nn.BatchNorm1d(width), nn.ReLU(), nn.Dropout(0.1), nn.Linear(width, classes))


class FlattenBuiltHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.flatten = nn.Flatten()
        self.head = make_head(4 * 4 * 4, 3)

    def forward(self, x):
        return self.head(self.flatten(self.conv(x)))
