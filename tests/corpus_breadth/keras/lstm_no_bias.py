"""A bias-free LSTM regressor for univariate-style feature sequences."""
# pivot-corpus: name=build_lstm_regressor input_shape=2,16,6 input_dtype=float32
import keras
from keras import layers


def build_lstm_regressor(timesteps=16, features=6, units=32):
    inputs = keras.Input(shape=(timesteps, features))
    x = layers.LSTM(units, use_bias=False)(inputs)
    outputs = layers.Dense(1)(x)
    return keras.Model(inputs=inputs, outputs=outputs)
