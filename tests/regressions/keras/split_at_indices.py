"""Issue 10: `keras.ops.split(x, [i, j], axis)` at indices was a named error (torch.split takes part sizes, which
need the axis's length); where shape inference knows that length it is torch.split's sizes exactly
([i, j - i, length - j]), on an image's channels and on a feature vector."""
# pivot-corpus: name=build input_shape=2,8,8,6
import keras
from keras import layers


def build():
    inputs = keras.Input(shape=(8, 8, 6))
    x = layers.Conv2D(10, 3, padding="same")(inputs)
    a, b, c = keras.ops.split(x, [2, 7], axis=-1)
    y = layers.Dense(5)(layers.Flatten()(inputs))
    p, q = keras.ops.split(y, [3], axis=1)
    pooled = layers.GlobalAveragePooling2D()(a * 2.0 + layers.Conv2D(2, 1)(c))
    return keras.Model(inputs, layers.Concatenate()([pooled, q, p]))
