"""Keras Conv2DTranspose 3x3, stride 2, same: the odd extra pixel goes after (no PyTorch padding gives it)."""
# pivot-fuzz: input_shape=2,8,8,3 input_dtype=float32
# found: silent: Mismatch: max abs diff 2.55
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(8, 8, 3))
    x = layers.Conv2DTranspose(4, 3, strides=2, padding="same")(inputs)
    return keras.Model(inputs, x)


model = build_model()
