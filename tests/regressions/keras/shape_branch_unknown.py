"""Issue 12: a branch on a tensor's size in a functional block is decided where shape inference knows the size;
here the input's channels are not declared (None), so `x.shape[-1] != filters` stays an error naming it."""
# pivot-corpus: name=build_model input_shape=2,8,8,3 input_dtype=float32
import keras
from keras import layers


def block(x, filters):
    shortcut = x
    if x.shape[-1] != filters:
        shortcut = layers.Conv2D(filters, 1)(x)
    x = layers.Conv2D(filters, 3, padding="same")(x)
    return layers.Add()([x, shortcut])


def build_model():
    inputs = keras.Input(shape=(None, None, None))
    x = block(inputs, 4)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(2)(x))
