"""Subclassed tf.keras.Model that keeps its hidden layers in a Python list built by a comprehension and applies
them with `for layer in self.hidden_layers: x = layer(x)` (TF guide "Custom layers" style)."""
# pivot-corpus: name=DeepMLP input_shape=3,12
import tensorflow as tf


class DeepMLP(tf.keras.Model):
    def __init__(self, n_layers=3, units=16, n_out=4):
        super().__init__()
        self.hidden_layers = [tf.keras.layers.Dense(units, activation="relu") for _ in range(n_layers)]
        self.out = tf.keras.layers.Dense(n_out)

    def call(self, inputs):
        x = inputs
        for layer in self.hidden_layers:
            x = layer(x)
        return self.out(x)
