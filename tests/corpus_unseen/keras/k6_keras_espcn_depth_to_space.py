"""keras.io "Image Super-Resolution using an Efficient Sub-Pixel CNN" get_model(): a `conv_args` dict
(activation="relu", kernel_initializer="Orthogonal", padding="same") splatted into every Conv2D, and
`tf.nn.depth_to_space(x, upscale_factor)` on the functional graph (narrower, 16x16 inputs)."""
# pivot-corpus: name=get_model input_shape=2,16,16,1
import tensorflow as tf
import keras
from keras import layers


def get_model(upscale_factor=3, channels=1):
    conv_args = {
        "activation": "relu",
        "kernel_initializer": "Orthogonal",
        "padding": "same",
    }
    inputs = keras.Input(shape=(None, None, channels))
    x = layers.Conv2D(16, 5, **conv_args)(inputs)
    x = layers.Conv2D(16, 3, **conv_args)(x)
    x = layers.Conv2D(8, 3, **conv_args)(x)
    x = layers.Conv2D(channels * (upscale_factor ** 2), 3, **conv_args)(x)
    outputs = tf.nn.depth_to_space(x, upscale_factor)

    return keras.Model(inputs, outputs)


model = get_model(upscale_factor=3, channels=1)
