"""Issue 10: a functional block's local value (`mid = filters // 2`) and a module constant, read by its layers,
in a builder calling it with a parameter and with a literal."""
# pivot-corpus: name=build input_shape=2,8,8,3 input_dtype=float32
import keras
from keras import layers

EXPANSION = 2


def block(x, filters):
    mid = filters // 2
    x = layers.Conv2D(mid, 1)(x)
    return layers.Conv2D(filters * EXPANSION, 3, padding="same")(x)


def build(base=8):
    inputs = keras.Input(shape=(8, 8, 3))
    x = block(inputs, base)
    x = block(x, 16)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(3)(x))
