"""Fuzz model (seed 30564, keras functional)."""
# pivot-fuzz: input_shape=2,6,6,6,3 input_dtype=float32
# found: silent: VerifyError: ValueError: output shapes differ: (2, 1) vs (2, 3)
import keras
from keras import layers

inputs = keras.Input(shape=(6, 6, 6, 3))
x = inputs
x = x[:, :, :, :, :x.shape[4] // 2]
x = layers.GlobalAveragePooling3D()(x)
model = keras.Model(inputs, x)
