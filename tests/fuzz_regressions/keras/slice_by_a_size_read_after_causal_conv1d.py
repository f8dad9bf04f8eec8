"""Fuzz model (seed 52548, keras functional)."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent: VerifyError: ValueError: output shapes differ: (2, 8, 3) vs (2, 8, 4)
import keras
from keras import layers

inputs = keras.Input(shape=(8,), dtype='int64')
x = inputs
x = layers.Embedding(10, 8)(x)
x = layers.Conv1D(6, 3, padding='causal')(x)
x = x[:, :, :x.shape[2] // 2]
model = keras.Model(inputs, x)
