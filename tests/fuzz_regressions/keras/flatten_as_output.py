"""Fuzz model (seed 1053, keras subclassed)."""
# pivot-fuzz: input_shape=2,16,16,4 input_dtype=float32
# found: silent: Mismatch: max abs diff 5.31
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.zero1 = layers.ZeroPadding2D()
        self.flat2 = layers.Flatten()

    def call(self, x):
        x = self.zero1(x)
        x = self.flat2(x)
        return x
