"""A small keras.io-style 3-D (volumetric) decoder: Conv3D, MaxPool3D and UpSampling3D (nearest) back to the
input's size."""
# pivot-corpus: name=get_model input_shape=2,8,8,4,2
import keras
from keras import layers


def get_model():
    inputs = keras.Input(shape=(8, 8, 4, 2))
    x = layers.Conv3D(4, 3, padding="same", activation="relu")(inputs)
    x = layers.MaxPool3D(2)(x)
    x = layers.Conv3D(4, 3, padding="same", activation="relu")(x)
    x = layers.UpSampling3D(size=(2, 2, 2))(x)
    x = layers.UpSampling3D(size=(1, 1, 2))(x)
    outputs = layers.Conv3D(1, 1, activation="sigmoid")(x)
    return keras.Model(inputs, outputs)
