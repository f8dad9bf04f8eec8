"""Fuzz model (seed 1015, keras sequential)."""
# pivot-fuzz: input_shape=2,8,8 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.969
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(8, 8)),
    layers.Dense(16),
    layers.GlobalAveragePooling1D(),
])
