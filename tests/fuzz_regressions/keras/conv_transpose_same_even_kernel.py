"""Fuzz model (seed 60, keras subclassed)."""
# pivot-fuzz: input_shape=2,12,12,3 input_dtype=float32
# found: silent: VerifyError: RuntimeError: output padding must be smaller than either stride or dilation, but got output_padding_height: 1 output_padding_width: 1 stride_height: 1 stride_width: 1 dilation_height: 1 d
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv2DTranspose(4, kernel_size=2, padding='same')

    def call(self, x):
        x = self.conv1(x)
        return x
