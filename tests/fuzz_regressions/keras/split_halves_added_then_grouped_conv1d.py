"""Fuzz model (seed 700144, keras subclassed)."""
# pivot-fuzz: input_shape=2,16 input_dtype=float32
# found: silent: VerifyError: ValueError: in_channels must be divisible by groups
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.repe2 = layers.RepeatVector(5)
        self.conv3 = layers.Conv1D(12, kernel_size=1, groups=2)

    def call(self, x):
        c1_0, c1_1 = keras.ops.split(x, 2, axis=1)
        x = c1_0 + c1_1
        x = self.repe2(x)
        x = self.conv3(x)
        return x
