"""Fuzz model (seed 5000, keras functional)."""
# pivot-fuzz: input_shape=2,12,12,4 input_dtype=float32
# found: silent: VerifyError: RuntimeError: The size of tensor a (6) must match the size of tensor b (8) at non-singleton dimension 3
import keras
from keras import layers

inputs = keras.Input(shape=(12, 12, 4))
x = inputs
x = layers.Conv2D(8, 1, padding='same')(x)
x = x + keras.ops.arange(8)
x = layers.GlobalMaxPooling2D()(x)
model = keras.Model(inputs, x)
