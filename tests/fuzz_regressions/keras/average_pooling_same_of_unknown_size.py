"""Fuzz model (seed 234, keras subclassed)."""
# pivot-fuzz: input_shape=2,16,16,4 input_dtype=float32
# found: silent: VerifyError: ValueError: output shapes differ: (2, 17, 17, 6) vs (2, 16, 16, 6)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv2DTranspose(6, kernel_size=3, strides=2)
        self.avgp2 = layers.AveragePooling2D(2, padding='same')

    def call(self, x):
        x = self.conv1(x)
        x = self.avgp2(x)
        return x
