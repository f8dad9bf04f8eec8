"""Strided 'same' convolutions on an odd-sized (15x15) input, where TF pads asymmetrically."""
# pivot-corpus: name=build_strided_odd input_shape=2,15,15,3
import keras
from keras import layers


def build_strided_odd():
    inputs = keras.Input(shape=(15, 15, 3))
    x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(inputs)  # 8x8
    x = layers.Conv2D(32, 5, strides=2, padding="same", activation="relu")(x)       # 4x4
    x = layers.Flatten()(x)
    outputs = layers.Dense(10)(x)
    return keras.Model(inputs, outputs)
