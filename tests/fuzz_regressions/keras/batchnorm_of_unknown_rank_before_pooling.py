"""Fuzz model (seed 13, keras subclassed), reduced."""
# pivot-fuzz: input_shape=2,8,8,3 input_dtype=float32
# found: silent: VerifyError: ValueError: expected 2D or 3D input (got 4D input)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.batc1 = layers.BatchNormalization()
        self.avgp2 = layers.AveragePooling2D(2)

    def call(self, x):
        x = self.batc1(x)
        x = self.avgp2(x)
        return x
