"""Research-repo style subclassed model (attention pooling over a feature map) using tf ops in call():
tf.shape, tf.reshape(x, [-1, h * w, c]), tf.matmul(transpose_b=True), tf.nn.softmax, tf.reduce_mean,
tf.concat."""
# pivot-corpus: name=AttnPoolNet input_shape=2,8,8,3
import tensorflow as tf
from tensorflow.keras import layers


class AttnPoolNet(tf.keras.Model):
    def __init__(self, dim=16, num_classes=3, **kwargs):
        super().__init__(**kwargs)
        self.stem = layers.Conv2D(dim, 3, padding="same", activation="relu")
        self.query = layers.Dense(dim)
        self.key = layers.Dense(dim)
        self.classifier = layers.Dense(num_classes)
        self.dim = dim

    def call(self, x):
        x = self.stem(x)
        h, w, c = x.shape[1], x.shape[2], x.shape[3]
        seq = tf.reshape(x, [-1, h * w, c])
        q = self.query(seq)
        k = self.key(seq)
        attn = tf.matmul(q, k, transpose_b=True) / (self.dim ** 0.5)
        attn = tf.nn.softmax(attn, axis=-1)
        ctx = tf.matmul(attn, seq)
        pooled = tf.reduce_mean(ctx, axis=1)
        maxed = tf.reduce_max(seq, axis=1)
        return self.classifier(tf.concat([pooled, maxed], axis=-1))

    def get_config(self):
        return {"dim": self.dim}
