"""Keras 'same' padding with stride 2 on an input whose size is not known statically (subclassed model), odd sizes:
the padding depends on the size (here 1 before and 1 after), so it is computed on each call, never assumed."""
# pivot-fuzz: input_shape=2,9,9,3 input_dtype=float32
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv2D(4, 3, strides=2, padding='same')
        self.pool2 = layers.MaxPooling2D(3, strides=2, padding='same')
        self.pool3 = layers.AveragePooling2D(2, padding='same')

    def call(self, x):
        x = self.conv1(x)
        x = self.pool2(x - 1.0)
        x = self.pool3(x)
        return x
