"""Fuzz model (seed 5101, keras subclassed): a first UpSampling2D names an image input (N, H, W, C), as Conv2D does;
it was taken for a sequence, transposed inside the PyTorch model while verify fed it channels-first images."""
# pivot-fuzz: input_shape=2,12,12,3 input_dtype=float32
# found: silent: output shapes differ: (2, 24, 24, 3) vs (2, 6, 24, 12)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.upsa1 = layers.UpSampling2D()

    def call(self, x):
        x = self.upsa1(x)
        return x
