"""Issue 10: the Keras squeeze-excitation (GlobalAveragePooling2D, Reshape((1, 1, C)), two Dense, layers.multiply)
was refused (mixed layouts); now the (N, 1, 1, C) weights are moved channels-first in PyTorch, exactly."""
# pivot-corpus: name=build input_shape=2,8,8,3
import keras
from keras import layers


def se_block(x, filters, ratio=4):
    se = layers.GlobalAveragePooling2D()(x)
    se = layers.Reshape((1, 1, filters))(se)
    se = layers.Dense(filters // ratio, activation="relu")(se)
    se = layers.Dense(filters, activation="sigmoid")(se)
    return layers.multiply([x, se])


def build(input_shape=(8, 8, 3)):
    inputs = keras.Input(shape=input_shape)
    x = layers.Conv2D(16, 3, padding="same")(inputs)
    x = se_block(x, 16)
    v = layers.GlobalAveragePooling2D(keepdims=True)(x)
    x = x * v
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(2)(x))
