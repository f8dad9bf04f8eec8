"""Fuzz model (seed 51357, keras functional)."""
# pivot-fuzz: input_shape=2,5 input_dtype=int64
# found: silent: VerifyError: WeightError: layer `fc1` (Linear): `weight` has shape (24, 2), the source gives (24, 4)
import keras
from keras import layers

inputs = keras.Input(shape=(5,), dtype='int64')
x = inputs
x = layers.Embedding(50, output_dim=4)(x)
x = layers.Conv1D(8, 1)(x)
x = x[:, :, :x.shape[2] // 2]
x = layers.Dense(24)(x)
model = keras.Model(inputs, x)
