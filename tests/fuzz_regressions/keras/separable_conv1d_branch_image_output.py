"""Fuzz model (seed 150, keras subclassed), reduced."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: VerifyError: ValueError: output shapes differ: (2, 7, 8) vs (2, 8, 7)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv1DTranspose(12, 3)
        self.conv2 = layers.Conv1D(8, 3, padding='same')
        self.sepa3 = layers.SeparableConv1D(8, 3, padding='same')
        self.merge4 = layers.Add()

    def call(self, x):
        x = self.conv1(x)
        b1_0 = self.conv2(x)
        b2_1 = self.sepa3(x)
        x = self.merge4([b1_0, b2_1])
        return x
