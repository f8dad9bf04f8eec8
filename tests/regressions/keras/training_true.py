"""Issue 10: a call with training=True (Monte Carlo dropout) must not lose that keyword silently."""
# pivot-corpus: name=build_mc_dropout input_shape=2,6 input_dtype=float32
import keras
from keras import layers


def build_mc_dropout():
    inputs = keras.Input(shape=(6,))
    x = layers.Dense(8)(inputs)
    x = layers.Dropout(0.5)(x, training=True)
    return keras.Model(inputs, layers.Dense(2)(x))
