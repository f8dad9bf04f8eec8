"""Fuzz model (seed 71, keras subclassed)."""
# pivot-fuzz: input_shape=2,16,1 input_dtype=float32
# found: silent: VerifyError: ValueError: output shapes differ: (2, 14, 1) vs (2, 14, 14)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv1D(1, 3)
        self.line2 = layers.Dense(1)

    def call(self, x):
        x = self.conv1(x)
        b1_0 = self.line2(x)
        x = layers.multiply([b1_0, x])
        return x
