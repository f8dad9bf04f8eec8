"""Custom Keras layer whose build(self, input_shape) creates its sublayers from the input width
(input_shape[-1]), a residual projection, used inside a functional model."""
# pivot-corpus: name=model input_shape=2,10
import keras
from keras import layers


class ResidualDense(layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.inner = layers.Dense(self.units, activation="relu")
        self.outer = layers.Dense(input_shape[-1])

    def call(self, inputs):
        return inputs + self.outer(self.inner(inputs))


inputs = keras.Input(shape=(10,))
x = ResidualDense(24)(inputs)
x = ResidualDense(16)(x)
outputs = layers.Dense(3)(x)
model = keras.Model(inputs, outputs)
