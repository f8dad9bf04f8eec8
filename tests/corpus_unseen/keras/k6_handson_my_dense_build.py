"""Hands-On ML ch. 12 "Custom Layers": MyDense(keras.layers.Layer) with `keras.activations.get(activation)`,
build(self, batch_input_shape) calling add_weight(name="kernel", shape=[batch_input_shape[-1], self.units],
initializer="glorot_normal") and a zeros bias, call() as `self.activation(X @ self.kernel + self.bias)`."""
# pivot-corpus: name=model input_shape=4,8
import tensorflow as tf
from tensorflow import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, batch_input_shape):
        self.kernel = self.add_weight(
            name="kernel", shape=[batch_input_shape[-1], self.units],
            initializer="glorot_normal")
        self.bias = self.add_weight(
            name="bias", shape=[self.units], initializer="zeros")
        super().build(batch_input_shape)

    def call(self, X):
        return self.activation(X @ self.kernel + self.bias)

    def get_config(self):
        base_config = super().get_config()
        return {**base_config, "units": self.units,
                "activation": keras.activations.serialize(self.activation)}


model = keras.models.Sequential([
    MyDense(30, activation="relu", input_shape=[8]),
    MyDense(1)
])
