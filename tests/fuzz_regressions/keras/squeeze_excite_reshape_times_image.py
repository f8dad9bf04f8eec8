"""Fuzz model (seed 21, keras functional: squeeze-excitation, `x * Reshape((1, 1, C))(w)`)."""
# pivot-fuzz: input_shape=2,8,8,3 input_dtype=float32
# found: silent: VerifyError: RuntimeError: The size of tensor a (8) must match the size of tensor b (6) at non-singleton dimension 3
import keras
from keras import layers

inputs = keras.Input(shape=(8, 8, 3))
x = layers.Conv2D(6, 3, padding="same")(inputs)
w = layers.GlobalAveragePooling2D()(x)
w = layers.Dense(6, activation="sigmoid")(w)
w = layers.Reshape((1, 1, 6))(w)
x = x * w
x = layers.GlobalAveragePooling2D()(x)
model = keras.Model(inputs, x)
