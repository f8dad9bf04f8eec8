"""keras.io-style sub-pixel super-resolution (ESPCN) as a subclassed model: convolutions sharing
`**conv_args` from a module-level dict, then tf.nn.depth_to_space by the model's upscale factor
(TensorFlow's channel order, not nn.PixelShuffle's: three channels, where the two differ)."""
# pivot-corpus: name=ESPCN input_shape=2,8,8,3
import keras
import tensorflow as tf
from keras import layers

CONV_ARGS = {"activation": "relu", "kernel_initializer": "orthogonal", "padding": "same"}


class ESPCN(keras.Model):
    def __init__(self, upscale_factor=3, channels=3):
        super().__init__()
        self.upscale_factor = upscale_factor
        self.conv1 = layers.Conv2D(16, 5, **CONV_ARGS)
        self.conv2 = layers.Conv2D(16, 3, **CONV_ARGS)
        self.conv3 = layers.Conv2D(8, 3, **CONV_ARGS)
        self.conv4 = layers.Conv2D(channels * (upscale_factor ** 2), 3, **CONV_ARGS)

    def call(self, inputs):
        x = self.conv1(inputs)
        x = self.conv2(x)
        x = self.conv3(x)
        x = self.conv4(x)
        return tf.nn.depth_to_space(x, self.upscale_factor)
