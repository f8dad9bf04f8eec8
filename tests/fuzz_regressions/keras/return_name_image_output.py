"""Fuzz model (seed 1012, keras subclassed)."""
# pivot-fuzz: input_shape=2,8,8,3 input_dtype=float32
# found: silent: VerifyError: ValueError: output shapes differ: (2, 8, 8, 4) vs (2, 4, 8, 8)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv2D(4, kernel_size=1)

    def call(self, x):
        x = self.conv1(x)
        return x
