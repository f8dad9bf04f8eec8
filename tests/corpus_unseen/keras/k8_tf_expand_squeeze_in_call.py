"""Stack Overflow "use Conv2D on a sequence": a `tf.keras.Model` whose call() adds a channel with
`tf.expand_dims(inputs, -1)`, convolves with Conv2D, pools and removes the unit axis with
`tf.squeeze(x, axis=2)` after a (1, W) pooling, then reduces with `tf.reduce_max(x, axis=1)`."""
# pivot-corpus: name=SeqConv2D input_shape=2,8,6
import tensorflow as tf


class SeqConv2D(tf.keras.Model):
    def __init__(self):
        super(SeqConv2D, self).__init__()
        self.conv = tf.keras.layers.Conv2D(4, (3, 3), padding="same", activation="relu")
        self.pool = tf.keras.layers.MaxPooling2D(pool_size=(1, 6))
        self.out = tf.keras.layers.Dense(3)

    def call(self, inputs):
        x = tf.expand_dims(inputs, -1)
        x = self.conv(x)
        x = self.pool(x)
        x = tf.squeeze(x, axis=2)
        x = tf.reduce_max(x, axis=1)
        return self.out(x)
