"""uk6: `h, w, c = x.shape[1], x.shape[2], x.shape[3]` read before `x` is bound again (a conv of other channels),
then `tf.reshape(x, [-1, h * w, c])`: not the sizes of the reshaped map, so not read as its positions (an error
names the reshape)."""
# pivot-corpus: name=Stale input_shape=2,6,6,3 input_dtype=float32
import tensorflow as tf
from tensorflow.keras import layers


class Stale(tf.keras.Model):
    def __init__(self, dim=8):
        super().__init__()
        self.stem = layers.Conv2D(dim, 3, padding="same", activation="relu")
        self.out = layers.Dense(2)

    def call(self, x):
        h, w, c = x.shape[1], x.shape[2], x.shape[3]
        x = self.stem(x)
        seq = tf.reshape(x, [-1, h * w, c])
        return self.out(tf.reduce_mean(seq, axis=1))
