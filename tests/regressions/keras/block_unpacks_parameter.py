"""Issue 12: a functional block unpacking its parameter (`filters1, filters2 = filters`, keras-applications'
ResNet blocks), called with a literal and with the builder's parameter."""
# pivot-corpus: name=build input_shape=2,8,8,3
import keras
from keras import layers


def block(x, filters):
    filters1, filters2 = filters
    x = layers.Conv2D(filters1, 1, activation="relu")(x)
    return layers.Conv2D(filters2, 3, padding="same")(x)


def build(widths=(6, 10)):
    inputs = keras.Input(shape=(8, 8, 3))
    x = block(inputs, [4, 8])
    x = block(x, widths)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(3)(x))
