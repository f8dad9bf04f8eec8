"""Fuzz model (seed 9005, keras subclassed)."""
# pivot-fuzz: input_shape=2,16,4 input_dtype=float32
# found: silent: a first Cropping1D took the (N, T, F) input for a sequence (transposed, never back)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.crop1 = layers.Cropping1D()

    def call(self, x):
        x = self.crop1(x)
        return x
