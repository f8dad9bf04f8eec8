"""A DCGAN-style generator: Conv2DTranspose layers upsample a 4x4 feature map to a 32x32 RGB image."""
# pivot-corpus: name=Generator input_shape=2,4,4,64
import tensorflow as tf


class Generator(tf.keras.Model):
    """Upsamples a 4x4x64 feature map to a 32x32x3 image in [-1, 1]."""

    def __init__(self):
        super().__init__()
        self.up1 = tf.keras.layers.Conv2DTranspose(32, 4, strides=2, padding="same", use_bias=False)
        self.bn1 = tf.keras.layers.BatchNormalization()
        self.up2 = tf.keras.layers.Conv2DTranspose(16, 4, strides=2, padding="same", use_bias=False)
        self.bn2 = tf.keras.layers.BatchNormalization()
        self.up3 = tf.keras.layers.Conv2DTranspose(3, 4, strides=2, padding="same", activation="tanh")
        self.act = tf.keras.layers.LeakyReLU(negative_slope=0.2)

    def call(self, inputs, training=False):
        x = self.act(self.bn1(self.up1(inputs), training=training))  # 8x8
        x = self.act(self.bn2(self.up2(x), training=training))       # 16x16
        return self.up3(x)                                           # 32x32
