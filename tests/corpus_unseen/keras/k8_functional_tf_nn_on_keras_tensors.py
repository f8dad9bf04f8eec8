"""Functional code from Kaggle / GitHub TF 2.x notebooks that calls Keras ops on symbolic tensors inside
small layer subclasses (Keras 3 needs a Layer): an `L2Normalize` layer with `tf.math.l2_normalize(x, axis=-1)`
and a `Scale` layer multiplying by a constant, in a functional embedding model."""
# pivot-corpus: name=model input_shape=2,10
import tensorflow as tf
from tensorflow.keras import Model, layers


class L2Normalize(layers.Layer):
    def call(self, x):
        return tf.math.l2_normalize(x, axis=-1)


class Scale(layers.Layer):
    def __init__(self, factor=10.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor


inputs = layers.Input(shape=(10,))
x = layers.Dense(16, activation="relu")(inputs)
x = layers.Dense(8)(x)
x = L2Normalize()(x)
outputs = Scale(5.0)(x)
model = Model(inputs, outputs)
