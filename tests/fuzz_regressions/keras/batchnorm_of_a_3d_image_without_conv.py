"""Fuzz model (seed 5094, keras functional)."""
# pivot-fuzz: input_shape=2,6,6,6,1 input_dtype=float32
# found: silent: VerifyError: RuntimeError: permute: number of dimensions in the tensor input does not match the length of the desired ordering (5 vs 4)
import keras
from keras import layers

inputs = keras.Input(shape=(6, 6, 6, 1))
x = inputs
x = layers.Identity()(x)
x = layers.BatchNormalization(momentum=0.99, center=True)(x)
model = keras.Model(inputs, x)
