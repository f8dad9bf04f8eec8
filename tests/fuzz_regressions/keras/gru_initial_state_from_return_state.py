"""Fuzz model (seed 101, keras functional)."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent: Mismatch: max abs diff 0.0526
import keras
from keras import layers

inputs = keras.Input(shape=(8,), dtype='int64')
x = inputs
x = layers.Embedding(10, output_dim=16)(x)
_, h = layers.GRU(4, return_state=True)(x)
x = layers.GRU(4, return_sequences=True)(x, initial_state=[h])
model = keras.Model(inputs, x)
