"""Issue 12 (tensorflow.org pix2pix / DCGAN style): initializers held in variables (`tf.random_normal_initializer(0.,
0.02)`, `keras.initializers.HeNormal()`) and passed as `kernel_initializer=` in a Sequential-returning helper and a
subclassed model: how weights start is not migrated (PIV203; the weights are copied), and the variables go."""
# pivot-corpus: name=Discriminator input_shape=2,16,16,3
import tensorflow as tf
from tensorflow.keras import layers


def downsample(filters, size):
    initializer = tf.random_normal_initializer(0., 0.02)

    result = tf.keras.Sequential()
    result.add(layers.Conv2D(filters, size, strides=2, padding="same", kernel_initializer=initializer,
                             use_bias=False))
    result.add(layers.BatchNormalization())
    result.add(layers.LeakyReLU())
    return result


class Discriminator(tf.keras.Model):
    def __init__(self):
        super().__init__()
        init = tf.keras.initializers.HeNormal()
        self.down1 = downsample(8, 4)
        self.down2 = downsample(16, 4)
        self.conv = layers.Conv2D(1, 3, padding="same", kernel_initializer=init)
        self.pool = layers.GlobalAveragePooling2D()

    def call(self, x):
        return self.pool(self.conv(self.down2(self.down1(x))))
