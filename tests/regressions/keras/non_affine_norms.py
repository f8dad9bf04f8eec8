"""Issue 10: Keras norms without learned scale or shift become PyTorch's non-affine norms (and back)."""
# pivot-corpus: name=build_non_affine input_shape=2,6,6,8 input_dtype=float32
import keras
from keras import layers


def build_non_affine():
    inputs = keras.Input(shape=(6, 6, 8))
    x = layers.GroupNormalization(groups=4, center=False, scale=False)(inputs)
    x = layers.BatchNormalization(center=False, scale=False)(x)
    x = layers.Conv2D(4, 1)(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.LayerNormalization(center=False, scale=False)(x)
    x = layers.LayerNormalization(center=False)(x)
    return keras.Model(inputs, layers.Dense(3)(x))
