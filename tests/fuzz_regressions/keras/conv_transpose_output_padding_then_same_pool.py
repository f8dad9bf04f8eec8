"""Fuzz model (seed 500283, keras sequential)."""
# pivot-fuzz: input_shape=2,12,12,3 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.362 (float32 error of the computation 4.7e-08)
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(12, 12, 3)),
    layers.Conv2DTranspose(8, 4, 2, padding='same', output_padding=1),
    layers.AveragePooling2D(2, padding='same'),
    layers.GlobalMaxPooling2D(),
])
