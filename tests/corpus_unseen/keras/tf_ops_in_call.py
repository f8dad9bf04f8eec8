"""TensorFlow-guide style subclassed model whose call() mixes layers with raw tf ops: tf.nn.relu, tf.concat,
tf.reduce_mean(axis=1), tf.expand_dims, tf.squeeze."""
# pivot-corpus: name=TwoBranch input_shape=2,6,8
import tensorflow as tf


class TwoBranch(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.left = tf.keras.layers.Dense(12)
        self.right = tf.keras.layers.Dense(12)
        self.conv = tf.keras.layers.Conv1D(6, 3, padding="same")
        self.head = tf.keras.layers.Dense(3)

    def call(self, x):
        a = tf.nn.relu(self.left(x))
        b = tf.nn.relu(self.right(x))
        h = tf.concat([a, b], axis=-1)
        h = self.conv(h)
        pooled = tf.reduce_mean(h, axis=1)
        pooled = tf.expand_dims(pooled, axis=1)
        return tf.squeeze(self.head(pooled), axis=1)
