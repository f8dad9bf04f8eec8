"""Fuzz model (seed 1026, keras sequential)."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent: Mismatch: max abs diff 0.0119
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(8,), dtype='int64'),
    layers.Embedding(50, output_dim=8, mask_zero=True),
    layers.LSTM(12, return_sequences=False),
])
