"""uk6: a functional block returning two tensors used as one value (`y = down(inputs)`) is an error naming the
call, never its first tensor alone."""
# pivot-corpus: name=build input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


def down(x, n):
    skip = layers.Conv2D(n, 3, padding="same")(x)
    return layers.MaxPooling2D(2)(skip), skip


def build():
    inputs = keras.Input(shape=(16, 16, 3))
    y = down(inputs, 4)
    return keras.Model(inputs, layers.Conv2D(2, 1)(y))
