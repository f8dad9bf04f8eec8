"""Fuzz model (seed 129, keras subclassed)."""
# pivot-fuzz: input_shape=2,12,12,3 input_dtype=float32
# found: silent: Mismatch: max abs diff 6.18
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv2D(3, 3)
        self.conv2 = layers.Conv2D(3, kernel_size=3, padding='same')
        self.conv3 = layers.Conv2D(3, 3, padding='same')

    def call(self, x):
        x = self.conv1(x)
        b1_0 = self.conv2(x)
        b2_1 = self.conv3(x)
        x = layers.Add()([b1_0, b2_1])
        return x
