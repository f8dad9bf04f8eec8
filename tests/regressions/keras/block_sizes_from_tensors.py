"""Issue 12: sizes read from tensors in functional blocks (`filters = init.shape[-1]`, `keras.ops.shape(x)[-1]`,
`int(x.shape[-1])`, `tf.keras.backend.int_shape(x)[-1]`) are the sizes of those tensors at that line, usable in
arithmetic for layer arguments (`filters // ratio`); a later rebinding of the tensor does not change them (PIV104
before: only a layer argument that is exactly `x.shape[i]` was read)."""
# pivot-corpus: name=build input_shape=2,8,8,3
import keras
import tensorflow as tf
from keras import layers


def squeeze(init, ratio=4):
    filters = init.shape[-1]
    se = layers.GlobalAveragePooling2D()(init)
    se = layers.Reshape((1, 1, filters))(se)
    se = layers.Dense(filters // ratio, activation="relu", use_bias=False)(se)
    se = layers.Dense(filters, activation="sigmoid", use_bias=False)(se)
    return layers.multiply([init, se])


def widen(x):
    channels = keras.ops.shape(x)[-1]
    x = layers.Conv2D(channels * 2, 1)(x)  # x is rebound: `channels` stays the size before
    x = layers.Conv2D(channels + 1, 1)(x)
    width = int(x.shape[-1])
    half = tf.keras.backend.int_shape(x)[-1] // 2
    return layers.Conv2D(width + half, 3, padding="same")(x)


def build(base=6):
    inputs = keras.Input(shape=(8, 8, 3))
    x = layers.Conv2D(base * 2, 3, padding="same", activation="relu")(inputs)
    x = squeeze(x)
    x = widen(x)
    x = squeeze(x, ratio=2)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(3)(x))
