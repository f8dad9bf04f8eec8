"""Issue 10: argument values outside what each Arg accepts are errors, never passed through."""
# pivot-corpus: name=build_odd_values input_shape=2,8,8,3 input_dtype=float32
import keras
from keras import layers


def build_odd_values():
    inputs = keras.Input(shape=(8, 8, 3))
    x = layers.Conv2D(4, 3, padding="causal")(inputs)
    x = layers.MaxPooling2D(2, data_format="channels_first")(x)
    return keras.Model(inputs, layers.Flatten()(x))
