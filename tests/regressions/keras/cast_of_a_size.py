"""A size cast to float (`tf.cast(tf.shape(q)[-1], tf.float32)`, the TensorFlow transformer tutorial's dk) and
`tf.math.sqrt` of it: PyTorch's sizes are ints, which have no `.float()` (Pivot wrote `q.shape[-1].float()`, exit 0
and a model that fails on its first call); `keras.ops.cast` of a tensor in the same model."""
# pivot-corpus: name=model input_shape=2,5,8
import keras
import tensorflow as tf
from tensorflow.keras import layers


class Scaled(layers.Layer):
    def __init__(self, d):
        super().__init__()
        self.q = layers.Dense(d)

    def call(self, x):
        q = self.q(x)
        dk = tf.cast(tf.shape(q)[-1], tf.float32)
        return keras.ops.cast(q, "float32") / tf.math.sqrt(dk)


inputs = tf.keras.Input(shape=(5, 8))
outputs = Scaled(8)(inputs)
model = tf.keras.Model(inputs, outputs)
