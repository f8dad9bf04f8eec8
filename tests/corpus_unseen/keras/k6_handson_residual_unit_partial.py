"""Hands-On ML (2nd/3rd ed., ch. 14) ResNet-34 in Keras, narrower: `DefaultConv2D = partial(keras.layers.Conv2D,
kernel_size=3, strides=1, padding="SAME", use_bias=False)`, a ResidualUnit(keras.layers.Layer) keeping
`self.main_layers` and `self.skip_layers` lists applied in call() loops, `keras.activations.get(activation)`, and a
Sequential grown by `for filters in [64] * 3 + [128] * 4 ...:` with `prev_filters` deciding the strides."""
# pivot-corpus: name=model input_shape=2,32,32,3
from functools import partial

from tensorflow import keras

DefaultConv2D = partial(keras.layers.Conv2D, kernel_size=3, strides=1, padding="SAME", use_bias=False)


class ResidualUnit(keras.layers.Layer):
    def __init__(self, filters, strides=1, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.activation = keras.activations.get(activation)
        self.main_layers = [
            DefaultConv2D(filters, strides=strides),
            keras.layers.BatchNormalization(),
            self.activation,
            DefaultConv2D(filters),
            keras.layers.BatchNormalization()]
        self.skip_layers = []
        if strides > 1:
            self.skip_layers = [
                DefaultConv2D(filters, kernel_size=1, strides=strides),
                keras.layers.BatchNormalization()]

    def call(self, inputs):
        Z = inputs
        for layer in self.main_layers:
            Z = layer(Z)
        skip_Z = inputs
        for layer in self.skip_layers:
            skip_Z = layer(skip_Z)
        return self.activation(Z + skip_Z)


model = keras.models.Sequential()
model.add(DefaultConv2D(16, kernel_size=7, strides=2, input_shape=[32, 32, 3]))
model.add(keras.layers.BatchNormalization())
model.add(keras.layers.Activation("relu"))
model.add(keras.layers.MaxPool2D(pool_size=3, strides=2, padding="SAME"))
prev_filters = 16
for filters in [16] * 2 + [32] * 2:
    strides = 1 if filters == prev_filters else 2
    model.add(ResidualUnit(filters, strides=strides))
    prev_filters = filters
model.add(keras.layers.GlobalAvgPool2D())
model.add(keras.layers.Flatten())
model.add(keras.layers.Dense(10, activation="softmax"))
