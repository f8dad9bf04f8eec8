"""Issue 13: `x.repeat(1, 3, 1, 1)` of a model input a conv reads next (grayscale to RGB): without the input's
shape its layout is not known at the repeat, so the factors cannot be put in Keras's axis order (a named error;
it was written unmoved: exit 0, then a weight error)."""
# pivot-corpus: name=GrayToRGB input_shape=2,1,8,8
import torch.nn as nn


class GrayToRGB(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.fc = nn.Linear(4 * 8 * 8, 2)

    def forward(self, x):
        x = x.repeat(1, 3, 1, 1)
        return self.fc(self.conv(x).flatten(1))


model = GrayToRGB()
