"""Fuzz model (seed 9212, keras subclassed)."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: VerifyError: ValueError: output shapes differ: (2, 12, 24) vs (2, 50, 5)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.line1 = layers.Dense(4)
        self.line2 = layers.Dense(4)
        self.line4 = layers.Dense(24)
        self.upsa5 = layers.UpSampling1D()

    def call(self, x):
        b0_0 = self.line1(x)
        b1_1 = self.line2(x)
        x = keras.ops.matmul(b0_0, keras.ops.transpose(b1_1, (0, 2, 1)))
        x = self.line4(x)
        x = self.upsa5(x)
        return x
