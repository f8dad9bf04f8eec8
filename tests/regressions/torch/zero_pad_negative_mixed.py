"""nn.ZeroPad1d/2d with negative widths crop those sides (PyTorch's pad modules crop with them; Pivot writes them
for Keras's Cropping layers): in Keras a Cropping layer, after a ZeroPadding layer where other sides pad (issue 10,
session 9: Keras's ZeroPadding layers take no negative widths; this was a named error)."""
# pivot-corpus: name=PadCrop input_shape=2,3,10,12
import torch.nn as nn


class PadCrop(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)
        self.pad = nn.ZeroPad2d((1, -1, -2, 0))
        self.crop = nn.ZeroPad2d(-1)
        self.conv1d = nn.Conv1d(4, 6, 3)
        self.pad1d = nn.ZeroPad1d((-2, 1))
        self.fc = nn.Linear(6 * 29, 5)

    def forward(self, x):
        x = self.crop(self.pad(self.conv(x)))
        x = x.flatten(2)
        x = self.pad1d(self.conv1d(x))
        return self.fc(x.flatten(1))
