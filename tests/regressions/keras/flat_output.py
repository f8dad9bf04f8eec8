"""Issue 10: a functional model returning a flattened image (its output order differs between the frameworks)."""
# pivot-corpus: name=build_flat_output input_shape=2,6,6,3 input_dtype=float32
import keras
from keras import layers


def build_flat_output():
    inputs = keras.Input(shape=(6, 6, 3))
    x = layers.Conv2D(4, 3)(inputs)
    return keras.Model(inputs, layers.Flatten()(x))
