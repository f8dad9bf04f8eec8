"""Issue 10: the Keras seq2seq example: the decoder LSTM starts from the encoder's return_state outputs."""
# pivot-corpus: name=build_seq2seq input_shape=2,6,5;2,7,4 input_dtype=float32
import keras
from keras import layers


def build_seq2seq(latent_dim=8):
    encoder_inputs = keras.Input(shape=(None, 5))
    encoder = layers.LSTM(latent_dim, return_state=True)
    encoder_outputs, state_h, state_c = encoder(encoder_inputs)
    encoder_states = [state_h, state_c]
    decoder_inputs = keras.Input(shape=(None, 4))
    decoder_lstm = layers.LSTM(latent_dim, return_sequences=True, return_state=True)
    decoder_outputs, _, _ = decoder_lstm(decoder_inputs, initial_state=encoder_states)
    decoder_outputs = layers.Dense(4, activation="softmax")(decoder_outputs)
    return keras.Model([encoder_inputs, decoder_inputs], decoder_outputs)
