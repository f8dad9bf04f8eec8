"""Fuzz model (seed 52067, keras functional)."""
# pivot-fuzz: input_shape=2,16,16,3 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `fc1` (Linear): `weight` has shape (16, 24), the source gives (16, 48)
import keras
from keras import layers

inputs = keras.Input(shape=(16, 16, 3))
x = inputs
c1_0, c1_1 = keras.ops.split(x, 2, axis=-3)
x = c1_0 * c1_1
x = x[:, :, :x.shape[2] // 2]
x = layers.AveragePooling2D(2)(x)
x = layers.Flatten()(x)
x = layers.Dense(16)(x)
model = keras.Model(inputs, x)
