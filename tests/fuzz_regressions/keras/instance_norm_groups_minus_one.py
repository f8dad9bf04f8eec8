"""Fuzz model (seed 1063, keras functional)."""
# pivot-fuzz: input_shape=2,16,16,4 input_dtype=float32
# found: silent: VerifyError: RuntimeError: Expected num groups to be greater than 0, got -1
import keras
from keras import layers

inputs = keras.Input(shape=(16, 16, 4))
x = inputs
x = layers.GroupNormalization(groups=-1)(x)
model = keras.Model(inputs, x)
