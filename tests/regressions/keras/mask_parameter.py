"""Issue 10: `mask=` naming call()'s own mask parameter (not a tensor Pivot sees) was dropped silently."""
# pivot-corpus: name=MaskedEncoder input_shape=2,5,4 input_dtype=float32
import keras
from keras import layers


class MaskedEncoder(keras.Model):
    def __init__(self):
        super().__init__()
        self.lstm = layers.LSTM(3)

    def call(self, x, mask=None):
        return self.lstm(x, mask=mask)
