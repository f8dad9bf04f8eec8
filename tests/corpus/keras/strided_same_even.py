"""Strided 'same' convolutions on an even-sized (16x16) input."""
# pivot-corpus: name=build_strided_even input_shape=2,16,16,3
import keras
from keras import layers


def build_strided_even():
    inputs = keras.Input(shape=(16, 16, 3))
    x = layers.Conv2D(16, kernel_size=3, strides=2, padding="same")(inputs)  # 8x8
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = layers.Conv2D(32, kernel_size=(3, 3), strides=(2, 2), padding="same")(x)  # 4x4
    x = layers.ReLU()(x)
    x = layers.Conv2D(32, kernel_size=1, padding="same")(x)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, outputs)
