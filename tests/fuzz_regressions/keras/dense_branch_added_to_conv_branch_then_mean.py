"""Fuzz model (seed 800230, keras builder): a dense branch (channels-last) added to a conv branch (an image) is exact
once the dense operand is moved channels-first; the sum is the image, shaped as it (the Dense after the mean read
the wrong width at exit 0)."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent: VerifyError: RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x16 and 2x8)
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(8,), dtype='int64')
    x = inputs
    x = layers.Embedding(10, output_dim=16)(x)
    x = layers.AveragePooling1D(2)(x)
    x = layers.MaxPooling1D(2, padding='same')(x)
    b3_0 = layers.Dense(16)(x)
    b3_0 = layers.LayerNormalization(epsilon=0.001)(b3_0)
    b3_0 = layers.LeakyReLU(0.2)(b3_0)
    b6_1 = layers.SeparableConv1D(16, kernel_size=1, padding='same')(x)
    x = layers.add([b3_0, b6_1])
    x = layers.Dropout(0.5)(x)
    x = keras.ops.mean(x, axis=(1,))
    x = layers.Dense(8, use_bias=False)(x)
    return keras.Model(inputs, x)


model = build_model()
