"""A 1-D signal model: SeparableConv1D with a depth multiplier, then Conv1DTranspose ('same' strided, valid)."""
# pivot-corpus: name=make_signal_model input_shape=2,40,2
import keras
from keras import layers


def make_signal_model():
    inputs = keras.Input(shape=(40, 2))
    x = layers.SeparableConv1D(8, 5, padding="same", depth_multiplier=3, activation="relu")(inputs)
    x = layers.Conv1DTranspose(6, 4, strides=2, padding="same")(x)
    x = layers.Conv1DTranspose(4, 3, strides=1)(x)
    x = layers.GlobalMaxPooling1D()(x)
    return keras.Model(inputs, layers.Dense(2)(x))
