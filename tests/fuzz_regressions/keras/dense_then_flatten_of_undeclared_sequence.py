"""Fuzz model (seed 600456, keras subclassed)."""
# pivot-fuzz: input_shape=2,8,4 input_dtype=float32
# found: silent: VerifyError: RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x32 and 4x4)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.line1 = layers.Dense(4)
        self.flat2 = layers.Flatten()
        self.line3 = layers.Dense(4)

    def call(self, x):
        x = self.line1(x)
        x = self.flat2(x)
        x = self.line3(x)
        return x
