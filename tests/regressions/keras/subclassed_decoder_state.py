"""Issue 10: a subclassed Keras encoder-decoder passing the encoder's states as initial_state in call()."""
# pivot-corpus: name=Translator input_shape=2,6,5 input_dtype=float32
import keras
from keras import layers


class Translator(keras.Model):
    def __init__(self, units=8):
        super().__init__()
        self.encoder = layers.LSTM(units, return_state=True)
        self.decoder = layers.LSTM(units, return_sequences=True)
        self.head = layers.Dense(4)

    def call(self, x):
        _, state_h, state_c = self.encoder(x)
        states = [state_h, state_c]
        return self.head(self.decoder(x, initial_state=states))
