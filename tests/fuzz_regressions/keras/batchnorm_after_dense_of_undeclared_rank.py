"""Fuzz model (seed 243, keras subclassed)."""
# pivot-fuzz: input_shape=2,24,1 input_dtype=float32
# found: silent: VerifyError: RuntimeError: running_mean should contain 24 elements not 1
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.line1 = layers.Dense(1)
        self.batc2 = layers.BatchNormalization()

    def call(self, x):
        x = self.line1(x)
        x = self.batc2(x)
        return x
