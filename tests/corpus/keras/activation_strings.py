"""An MLP that names a different activation= string on each Dense layer."""
# pivot-corpus: name=build_activation_mlp input_shape=2,32
import keras
from keras import layers


def build_activation_mlp():
    inputs = keras.Input(shape=(32,))
    x = layers.Dense(32, activation="relu")(inputs)
    x = layers.Dense(32, activation="elu")(x)
    x = layers.Dense(32, activation="selu")(x)
    x = layers.Dense(32, activation="gelu")(x)
    x = layers.Dense(32, activation="swish")(x)
    x = layers.Dense(32, activation="softplus")(x)
    x = layers.Dense(32, activation="hard_swish")(x)
    x = layers.Dense(32, activation="tanh")(x)
    x = layers.Dense(32, activation="sigmoid")(x)
    outputs = layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, outputs)
