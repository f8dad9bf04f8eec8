"""Issue 10: a block built by code ending in a norm passes flattened image features on to a Linear outside it;
Pivot does not see into the block, so it cannot carry the flatten order to that Linear: a named error."""
# pivot-corpus: name=FlattenNormLast input_shape=2,3,6,6 input_dtype=float32
import torch.nn as nn


def make_norm(width):
    return nn.Sequential(nn.BatchNorm1d(width), nn.ReLU())


class FlattenNormLast(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.flatten = nn.Flatten()
        self.norm = make_norm(4 * 4 * 4)
        self.fc = nn.Linear(4 * 4 * 4, 3)

    def forward(self, x):
        return self.fc(self.norm(self.flatten(self.conv(x))))
