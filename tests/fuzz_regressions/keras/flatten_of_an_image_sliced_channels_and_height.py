"""Fuzz model (seed 201618, keras builder)."""
# pivot-fuzz: input_shape=2,12,12,3 input_dtype=float32
# found: silent: VerifyError: WeightError: a flattened image of None channels and spatial sizes (None, 11) not known statically reaches a dense layer (the channels sliced by `8 // 2`, a height by `x.shape[1] // 2`)
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(12, 12, 3))
    x = inputs
    for width in (4, 4, 8):
        x = layers.Conv2D(width, kernel_size=3, padding='same')(x)
    x = x[:, :x.shape[1] // 2]
    b0_0 = layers.SeparableConv2D(8, 3, padding='same', use_bias=False)(x)
    x = layers.Maximum()([b0_0, x])
    x = x[:, :, :, :8 // 2]
    x = layers.SpatialDropout2D(0.1)(x)
    x = layers.ZeroPadding2D(((1, 0), (2, 1)))(x)
    x = layers.Cropping2D((1, 2))(x)
    x = layers.Flatten()(x)
    x = layers.Dense(24)(x)
    return keras.Model(inputs, x)


model = build_model()
