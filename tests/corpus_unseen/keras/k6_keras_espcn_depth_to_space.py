"""keras.io "Image Super-Resolution using an Efficient Sub-Pixel CNN" get_model(): a `conv_args` dict
(activation="relu", kernel_initializer="Orthogonal", padding="same") splatted into every Conv2D, and
`tf.nn.depth_to_space(x, upscale_factor)` (narrower, 16x16 inputs). Keras 3 refuses a TensorFlow function of a
KerasTensor, so the call is wrapped in a Lambda here (as jlfilho/sr-tf2's ESPCN writes it); first contact was with
the bare call, which Keras 3 itself cannot build."""
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
    outputs = layers.Lambda(lambda t: tf.nn.depth_to_space(t, upscale_factor))(x)

    return keras.Model(inputs, outputs)


model = get_model(upscale_factor=3, channels=1)
