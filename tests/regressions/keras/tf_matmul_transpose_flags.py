"""uk6 (k5_tf_ops_reshape_transpose): `tf.matmul(q, k, transpose_b=True)` and `transpose_a=True` in call(): the
operand's last two axes swapped, `k.transpose(-2, -1)` in PyTorch (was PIV103: argument not supported)."""
# pivot-corpus: name=Attn input_shape=2,5,6 input_dtype=float32
import tensorflow as tf
from tensorflow.keras import layers


class Attn(tf.keras.Model):
    def __init__(self, dim=8):
        super().__init__()
        self.q = layers.Dense(dim)
        self.k = layers.Dense(dim)

    def call(self, x):
        q = self.q(x)
        k = self.k(x)
        a = tf.nn.softmax(tf.matmul(q, k, transpose_b=True), axis=-1)
        b = tf.matmul(a, x, transpose_a=True)
        return tf.reduce_mean(b, axis=1)
