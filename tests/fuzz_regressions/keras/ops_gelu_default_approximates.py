"""Fuzz model (seed 6583, keras subclassed), reduced."""
# pivot-fuzz: input_shape=2,10 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.000136 (keras.ops.gelu approximates by default, F.gelu does not)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.line1 = layers.Dense(8, use_bias=False)

    def call(self, x):
        x = keras.ops.gelu(x)
        x = self.line1(x)
        return x
