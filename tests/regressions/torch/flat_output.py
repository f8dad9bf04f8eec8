"""Issue 10: a model returning flattened image features (their order differs between the frameworks): the Keras
flatten moves the image channels-first, so the model returns PyTorch's order."""
# pivot-corpus: name=FlatFeatures input_shape=2,3,6,6 input_dtype=float32
import torch
import torch.nn as nn


class FlatFeatures(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)

    def forward(self, x):
        x = torch.relu(self.conv(x))
        return torch.flatten(x, 1)
