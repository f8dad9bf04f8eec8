"""Issue 10: Keras's instance norm spelling (GroupNormalization(groups=-1)) and a model that starts with a norm."""
# pivot-corpus: name=build_instance_norm input_shape=2,8,8,4 input_dtype=float32
import keras
from keras import layers


def build_instance_norm():
    inputs = keras.Input(shape=(8, 8, 4))
    x = layers.GroupNormalization(groups=-1)(inputs)
    x = layers.Conv2D(6, 3, padding="same")(x)
    x = layers.GroupNormalization(groups=2, center=False, scale=False)(x)
    return keras.Model(inputs, layers.ReLU()(x))
