"""LeNet-5 for 32x32 grayscale digits, built with the functional API."""
# pivot-corpus: name=build_lenet input_shape=2,32,32,1
import keras
from keras import layers


def build_lenet():
    inputs = keras.Input(shape=(32, 32, 1))
    x = layers.Conv2D(6, kernel_size=5, activation="relu")(inputs)  # 28x28x6
    x = layers.AveragePooling2D(pool_size=2)(x)                       # 14x14x6
    x = layers.Conv2D(16, kernel_size=5, activation="relu")(x)        # 10x10x16
    x = layers.AveragePooling2D(pool_size=2)(x)                       # 5x5x16
    x = layers.Flatten()(x)
    x = layers.Dense(120, activation="relu")(x)
    x = layers.Dense(84, activation="relu")(x)
    outputs = layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, outputs)
