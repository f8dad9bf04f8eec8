"""Fuzz model (seed 9033, keras subclassed)."""
# pivot-fuzz: input_shape=2,8,8,4 input_dtype=float32
# found: crash: IndexError: tuple index out of range @ catalog/merge.py:31
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.flat2 = layers.Flatten()
        self.line3 = layers.Dense(4)

    def call(self, x):
        s1_0, s1_1 = keras.ops.split(x, [6], axis=2)
        x = keras.ops.concatenate([s1_1, s1_0], axis=2)
        x = self.flat2(x)
        x = self.line3(x)
        return x
