"""A Keras image sliced by sizes read from it (`x[:, :x.shape[1] // 2]`) after a loop, then Flatten and Dense
(fuzz keras 170203, also 171909): two spatial sizes unknown statically, so the dense layer's columns cannot be
permuted; a named PIV105 (was exit 0, and verify's WeightError)."""
# pivot-fuzz: input_shape=2,16,16,3 input_dtype=float32
# found: silent: VerifyError: WeightError: a flattened image of 4 channels and spatial sizes (None, None) not known statically reaches a dense layer: Pivot cannot permute its columns between the frameworks' flatten
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(16, 16, 3))
    x = inputs
    for width in (4,):
        x = layers.SeparableConv2D(width, 1)(x)
    x = x[:, :x.shape[1] // 2]
    x = x[:, :, :x.shape[2] // 2]
    x = layers.Flatten()(x)
    x = layers.Dense(8)(x)
    return keras.Model(inputs, x)


model = build_model()
