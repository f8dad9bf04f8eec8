"""Fuzz model (seed 1017, keras builder)."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent: Mismatch: max abs diff 0.0926
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(8,), dtype='int64')
    x = inputs
    x = layers.Embedding(10, output_dim=4)(x)
    return keras.Model(inputs, x)


model = build_model()
