"""A subclassed model around a SimpleRNN that slices the last time step of the returned sequence."""
# pivot-corpus: name=SimpleRNNRegressor input_shape=2,10,8 input_dtype=float32
import keras
from keras import layers


class SimpleRNNRegressor(keras.Model):
    def __init__(self, units=24, outputs=3, **kwargs):
        super().__init__(**kwargs)
        self.rnn = layers.SimpleRNN(units, return_sequences=True)
        self.head = layers.Dense(outputs)

    def call(self, inputs):
        seq = self.rnn(inputs)        # (batch, steps, units)
        last = seq[:, -1, :]          # last time step
        return self.head(keras.ops.tanh(last))
