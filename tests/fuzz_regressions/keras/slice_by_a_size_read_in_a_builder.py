"""Fuzz model (seed 30394, keras builder)."""
# pivot-fuzz: input_shape=2,16,16,1 input_dtype=float32
# found: silent: Mismatch: max abs diff 0.142 (float32 error of the computation 9.4e-09)
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(16, 16, 1))
    x = inputs
    for width in (4,):
        x = layers.Conv2D(width, kernel_size=1)(x)
    x = x[:, :x.shape[1] // 2]
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, x)


model = build_model()
