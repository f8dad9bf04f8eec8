"""Pivot's own PyTorch `Reshape` module (what the Keras -> PyTorch migration writes for a Keras Reshape of anything
but (batch, features)) read back as keras.layers.Reshape (issue 10, the way back of Keras files, session 9): it was
migrated as a model class of the file (`keras.ops.reshape(x, (x.shape[0], self.target_shape))`, exit 0 and a
ValueError when built: grouped_conv_simplernn, mobilenet_style_depthwise_block). The module reshapes in Keras's
order: a channels-first input with channels_first=False (reshape1, an image Keras holds channels-last) and a
sequence with channels_first=True (reshape2, the same in both) get a Permute before the Keras Reshape."""
# pivot-corpus: name=Model input_shape=2,4,8,8
import torch
import torch.nn as nn


class Reshape(nn.Module):
    """keras.layers.Reshape in PyTorch (written by Pivot): reshapes the axes after the batch in Keras's order;
    with channels_first=True the input's channels (axis 1) are moved last first, where Keras holds them."""

    def __init__(self, target_shape, channels_first=False):
        super().__init__()
        self.target_shape, self.channels_first = tuple(target_shape), channels_first

    def forward(self, x):
        if self.channels_first:
            x = torch.movedim(x, 1, -1)
        return x.reshape(x.shape[0], *self.target_shape)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(4, 8, 3, 2, padding=1)
        self.reshape1 = Reshape((8, 16))
        self.fc1 = nn.Linear(16, 3)
        self.reshape2 = Reshape((6, 4), channels_first=True)

    def forward(self, x):
        x = self.conv1(x)
        x = self.reshape1(x)
        x = self.fc1(x)
        x = self.reshape2(x)
        return x
