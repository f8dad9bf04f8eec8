"""Issue 10: a flattened image through BatchNorm1d, ReLU and Dropout to a dense head, in a Sequential."""
# pivot-corpus: name=FlattenNormHead input_shape=2,3,6,6 input_dtype=float32
import torch.nn as nn


class FlattenNormHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(3, 4, 3), nn.Flatten(), nn.BatchNorm1d(4 * 4 * 4), nn.ReLU(), nn.Dropout(0.1),
            nn.Linear(4 * 4 * 4, 3),
        )

    def forward(self, x):
        return self.net(x)
