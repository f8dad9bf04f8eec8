"""A functional model whose last layer is applied inside the keras.Model(...) call itself."""
# pivot-corpus: name=build_regressor input_shape=2,20
import keras
from keras import layers


def build_regressor():
    inputs = keras.Input(shape=(20,))
    hidden = layers.Dense(16, activation="relu")(inputs)
    return keras.Model(inputs, layers.Dense(1)(hidden))
