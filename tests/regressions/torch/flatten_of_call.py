"""Issue 10: flattening the result of a call once ran the call twice in Keras (once more for the shape)."""
# pivot-corpus: name=FlattenOfCall input_shape=2,3,6,6 input_dtype=float32
import torch
import torch.nn as nn


class FlattenOfCall(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(4 * 4 * 4, 3)

    def forward(self, x):
        return self.fc(torch.flatten(self.conv(x), 1))
