"""wg2: `y[..., 1:3]` of a channels-last image (the channels, behind an ellipsis): the ellipsis stands for the whole
axes between, so the slice moves to PyTorch's channel axis (`y[:, 1:3]`) as a written-out index does (was PIV105:
indexes an image-like tensor)."""
# pivot-corpus: name=Net input_shape=2,8,8,3
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3, padding="same")

    def call(self, x):
        y = self.conv(x)
        return y[..., 1:3]
