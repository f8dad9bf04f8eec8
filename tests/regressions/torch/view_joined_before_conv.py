"""A reshape into an image that a concatenation joins before the conv reads it: the joined value is not one
Pivot follows as an image (its axes keep PyTorch's order in Keras). It was exit 0 with the conv reading its
channels from the last axis, then a named error; now the conv's input is moved channels-last for the Keras layer
(`layers.Permute((2, 3, 1))` before it, as for ECA's Conv1d over a pooled image's channels), and it verifies."""
# pivot-corpus: name=ViewJoined input_shape=2,16
import torch
import torch.nn as nn


class ViewJoined(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 8 * 5 * 5)
        self.conv = nn.Conv2d(16, 4, 3)

    def forward(self, z):
        x = self.fc(z).view(-1, 8, 5, 5)
        x = torch.cat([x, x], 1)
        return self.conv(x)


model = ViewJoined()
