"""Fuzz model (seed 5545, keras subclassed)."""
# pivot-fuzz: input_shape=2,32,4 input_dtype=float32
# found: silent: VerifyError: WeightError: layer batc1 (BatchNorm): weight has shape (32,), the source gives (4,)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.batc1 = layers.BatchNormalization(momentum=0.99)
        self.flat2 = layers.Flatten()
        self.line3 = layers.Dense(24)

    def call(self, x):
        x = self.batc1(x)
        x = self.flat2(x)
        x = self.line3(x)
        return x
