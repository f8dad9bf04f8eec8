"""Recurrent layers whose states are used: an LSTM returning its sequence and states, then a GRU's state."""
# pivot-corpus: name=build_state_encoder input_shape=2,12 input_dtype=int64
import keras
from keras import layers


def build_state_encoder(vocab_size=100, num_classes=3):
    tokens = keras.Input(shape=(12,), dtype="int32")
    x = layers.Embedding(vocab_size, 16)(tokens)
    sequence, state_h, state_c = layers.LSTM(32, return_sequences=True, return_state=True)(x)
    last, gru_state = layers.GRU(24, return_state=True)(sequence)
    features = layers.Concatenate()([state_h, state_c, last, gru_state])
    return keras.Model(tokens, layers.Dense(num_classes)(features))
