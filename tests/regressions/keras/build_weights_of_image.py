"""Issue 12: a custom layer whose build(self, input_shape) sizes a weight from `input_shape[-1]`, applied to images
after a Conv2D: PyTorch lists an image's shape channels-first, so the build is reported (never a weight of the
width's size)."""
# pivot-corpus: name=Net input_shape=2,8,8,3 input_dtype=float32
import keras
from keras import layers


class ChannelGain(layers.Layer):
    def __init__(self):
        super().__init__()

    def build(self, input_shape):
        self.gain = self.add_weight(shape=(input_shape[-1],), initializer="ones")

    def call(self, x):
        return x * self.gain


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(6, 3)
        self.gain = ChannelGain()
        self.pool = layers.GlobalAveragePooling2D()

    def call(self, x):
        return self.pool(self.gain(self.conv(x)))
