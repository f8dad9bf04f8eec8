"""Sizes read from an image-like tensor (x.shape[-1]) move with the layout, as its axes do."""
# pivot-corpus: name=Net input_shape=2,16,16,3
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(8, 3, padding="same")
        self.fc = layers.Dense(4)

    def call(self, x):
        x = self.conv(x)
        channels = x.shape[-1]
        x = keras.ops.reshape(keras.ops.mean(x, axis=(1, 2)), (-1, channels))
        return self.fc(x)
