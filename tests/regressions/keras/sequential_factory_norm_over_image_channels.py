"""Issue 13: a layer factory (`norm_layer = lambda c: layers.LayerNormalization()`) called inside a keras.Sequential
on a channels-last image: its PyTorch LayerNorm normalized the image's width (exit 0, max difference 2.58); the
call is wrapped in `ChannelsLast`, so it normalizes the channels as Keras does."""
# pivot-corpus: name=Block input_shape=2,8,8,8 input_dtype=float32
import keras
from keras import layers


class Block(keras.Model):
    def __init__(self, dim=8, norm_layer=None):
        super().__init__()
        if norm_layer is None:
            norm_layer = lambda c: layers.LayerNormalization(epsilon=1e-6)
        self.body = keras.Sequential([
            layers.Conv2D(dim, 3, padding="same"),
            norm_layer(dim),
            layers.Conv2D(dim, 1),
        ])

    def call(self, x):
        return self.body(x) + x
