"""Fuzz model (seed 9687, keras subclassed)."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: VerifyError: RuntimeError: Given groups=1, weight of size [4, 4, 3], expected input[2, 5, 4] to have 4 channels, but got 5 channels instead
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.line1 = layers.Dense(4)
        self.conv2 = layers.Conv1D(4, kernel_size=3)

    def call(self, x):
        b0_0 = self.line1(x)
        x = layers.add([b0_0, x])
        x = self.conv2(x)
        return x
