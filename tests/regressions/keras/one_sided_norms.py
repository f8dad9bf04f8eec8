"""Issue 12: Keras norms with one of center/scale off: PyTorch keeps the missing parameter at its constant,
frozen (weight 1, bias 0; LayerNorm's center=False is bias=False)."""
# pivot-corpus: name=build_one_sided input_shape=2,6,6,8 input_dtype=float32
import keras
from keras import layers


def build_one_sided():
    inputs = keras.Input(shape=(6, 6, 8))
    x = layers.BatchNormalization(scale=False)(inputs)
    x = layers.BatchNormalization(center=False)(x)
    x = layers.GroupNormalization(groups=4, scale=False)(x)
    x = layers.GroupNormalization(groups=2, center=False)(x)
    x = layers.Conv2D(4, 1)(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.LayerNormalization(scale=False)(x)
    x = layers.LayerNormalization(center=False)(x)
    return keras.Model(inputs, layers.Dense(3)(x))
