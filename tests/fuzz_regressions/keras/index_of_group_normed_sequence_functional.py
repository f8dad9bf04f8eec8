"""Fuzz model (seed 101, keras functional)."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent (rt13, fuzz keras 101): the functional writer wrote `x[:, -1, :]` of an image-like sequence as it was once indexing images was allowed
import keras
from keras import layers

inputs = keras.Input(shape=(8,), dtype='int64')
x = inputs
x = layers.Embedding(50, output_dim=16)(x)
x = layers.GroupNormalization(groups=-1)(x)
x = x[:, -1, :]
x = layers.Dense(24)(x)
model = keras.Model(inputs, x)
