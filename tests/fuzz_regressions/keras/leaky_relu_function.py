"""Fuzz model (seed 138, keras functional)."""
# pivot-fuzz: input_shape=2,12,12,4 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.39
import keras
from keras import layers

inputs = keras.Input(shape=(12, 12, 4))
x = inputs
x = keras.activations.leaky_relu(x)
model = keras.Model(inputs, x)
