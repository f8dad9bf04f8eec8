"""The older keras.io addition RNN: a GRU encoder, RepeatVector, a GRU decoder and TimeDistributed(Dense)
with a softmax per step, in the functional style."""
# pivot-corpus: name=build_model input_shape=2,7,12
import keras
from keras import layers


def build_model(maxlen=7, chars=12, digits=3):
    inputs = keras.Input(shape=(maxlen, chars))
    x = layers.GRU(24)(inputs)
    x = layers.RepeatVector(digits + 1)(x)
    x = layers.GRU(24, return_sequences=True)(x)
    x = layers.TimeDistributed(layers.Dropout(0.1))(x)
    x = layers.TimeDistributed(layers.Dense(16, activation="relu"))(x)
    outputs = layers.TimeDistributed(layers.Dense(chars, activation="softmax"))(x)
    return keras.Model(inputs, outputs)
