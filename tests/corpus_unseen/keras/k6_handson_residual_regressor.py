"""Hands-On ML ch. 12 "Custom Models": a ResidualBlock(keras.layers.Layer) whose hidden Dense layers (elu,
he_normal) are a list comprehension, returning `inputs + Z`, and a ResidualRegressor(keras.Model) that applies the
same block1 four times in a `for _ in range(1 + 3):` loop (shared weights), then block2 and the output."""
# pivot-corpus: name=ResidualRegressor input_shape=4,8
import tensorflow as tf
from tensorflow import keras


class ResidualBlock(keras.layers.Layer):
    def __init__(self, n_layers, n_neurons, **kwargs):
        super().__init__(**kwargs)
        self.hidden = [keras.layers.Dense(n_neurons, activation="elu", kernel_initializer="he_normal")
                       for _ in range(n_layers)]

    def call(self, inputs):
        Z = inputs
        for layer in self.hidden:
            Z = layer(Z)
        return inputs + Z


class ResidualRegressor(keras.Model):
    def __init__(self, output_dim, **kwargs):
        super().__init__(**kwargs)
        self.hidden1 = keras.layers.Dense(30, activation="elu", kernel_initializer="he_normal")
        self.block1 = ResidualBlock(2, 30)
        self.block2 = ResidualBlock(2, 30)
        self.out = keras.layers.Dense(output_dim)

    def call(self, inputs):
        Z = self.hidden1(inputs)
        for _ in range(1 + 3):
            Z = self.block1(Z)
        Z = self.block2(Z)
        return self.out(Z)


model = ResidualRegressor(1)
