"""A custom frame-encoder layer (TimeDistributed Conv2D and GlobalAveragePooling2D over the frames) applied to a
video in a functional classifier that pools over the frames: the custom layer reads steps of images (kept
channels-last), returns (frames, features) (its rank passed on), and its TimeDistributed weights are found by
walking it."""
# pivot-corpus: name=build input_shape=2,4,8,8,3 input_dtype=float32
import keras
from keras import layers


class FrameEncoder(layers.Layer):
    def __init__(self, filters):
        super().__init__()
        self.conv = layers.TimeDistributed(layers.Conv2D(filters, 3, activation="relu"))
        self.pool = layers.TimeDistributed(layers.GlobalAveragePooling2D())

    def call(self, x):
        return self.pool(self.conv(x))


def build(num_classes=3):
    inputs = keras.Input(shape=(4, 8, 8, 3))
    x = FrameEncoder(6)(inputs)
    x = layers.GlobalAveragePooling1D()(x)
    return keras.Model(inputs, layers.Dense(num_classes)(x))
