"""uk6 (k5_tf_ops_reshape_transpose): `tf.reshape(x, [b, h * w, c])` / `[-1, w * h, c]` of a feature map, its sizes
read from it (`b = tf.shape(x)[0]` aside, `h, w, c = x.shape[1], x.shape[2], x.shape[3]`, `x.shape[-1]`): the
sequence of its positions, `x.flatten(2).transpose(1, 2)` in PyTorch (was PIV105); sizes read before `x` was
bound again are not its sizes (an error stays)."""
# pivot-corpus: name=SeqPool input_shape=2,6,6,3 input_dtype=float32
import tensorflow as tf
from tensorflow.keras import layers


class SeqPool(tf.keras.Model):
    def __init__(self, dim=8):
        super().__init__()
        self.stem = layers.Conv2D(dim, 3, padding="same", activation="relu")
        self.proj = layers.Dense(dim)
        self.out = layers.Dense(2)

    def call(self, x):
        x = self.stem(x)
        h = x.shape[1]
        w = x.shape[2]
        seq = tf.reshape(x, [-1, w * h, x.shape[-1]])
        seq = self.proj(seq)
        return self.out(tf.reduce_mean(seq, axis=1))
