"""Squeeze-and-Excitation block as published in keras SE-Net repos: GlobalAveragePooling2D, Reshape((1, 1,
filters)), Dense(filters // ratio, relu), Dense(filters, sigmoid), layers.multiply([init, se]); filters read from
`init.shape[-1]`."""
# pivot-corpus: name=model input_shape=2,16,16,3
import tensorflow as tf
from tensorflow.keras import layers


def squeeze_excite_block(init, ratio=4):
    filters = init.shape[-1]
    se_shape = (1, 1, filters)

    se = layers.GlobalAveragePooling2D()(init)
    se = layers.Reshape(se_shape)(se)
    se = layers.Dense(filters // ratio, activation="relu", kernel_initializer="he_normal", use_bias=False)(se)
    se = layers.Dense(filters, activation="sigmoid", kernel_initializer="he_normal", use_bias=False)(se)
    return layers.multiply([init, se])


inputs = tf.keras.Input(shape=(16, 16, 3))
x = layers.Conv2D(16, 3, padding="same", activation="relu")(inputs)
x = squeeze_excite_block(x)
x = layers.Conv2D(16, 3, padding="same", activation="relu")(x)
x = squeeze_excite_block(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(3)(x)
model = tf.keras.Model(inputs, outputs)
