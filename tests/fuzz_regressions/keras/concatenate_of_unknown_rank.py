"""Fuzz model (seed 223, keras subclassed)."""
# pivot-fuzz: input_shape=2,12,12,4 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `line5` (Linear): `weight` has shape (16, 12), the source gives (16, 24)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv2D(12, 1)
        self.conv2 = layers.Conv2D(12, kernel_size=1)
        self.merge3 = layers.Concatenate()
        self.pool4 = layers.GlobalMaxPooling2D()
        self.line5 = layers.Dense(16)

    def call(self, x):
        b0_0 = self.conv1(x)
        b1_1 = self.conv2(x)
        x = self.merge3([b0_0, b1_1])
        x = self.pool4(x)
        x = self.line5(x)
        return x
