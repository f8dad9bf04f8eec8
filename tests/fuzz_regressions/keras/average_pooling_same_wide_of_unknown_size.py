"""Keras 'same' average pooling with a window of 3 and stride 2 on an input of unknown size: PyTorch cannot leave
a size-dependent padding out of the average (was an error, PIV105); now Pivot's SameAveragePooling, which pads as
TensorFlow does and divides each window's sum by its count of input values, exact for any size."""
# pivot-fuzz: input_shape=2,9,9,3 input_dtype=float32
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.pool1 = layers.AveragePooling2D(3, strides=2, padding='same')

    def call(self, x):
        return self.pool1(x)
