"""Issue 10: slicing a flattened image's features depends on the flatten order: an error, never a guess."""
# pivot-corpus: name=Sliced input_shape=2,3,6,6 input_dtype=float32
import torch
import torch.nn as nn


class Sliced(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.fc = nn.Linear(10, 2)

    def forward(self, x):
        x = torch.flatten(self.conv(x), 1)
        return self.fc(x[:, :10])
