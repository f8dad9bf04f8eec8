"""Hands-On ML 2nd ed. ch. 15 "Fighting the Unstable Gradients Problem": a custom LNSimpleRNNCell
(keras.layers.Layer with state_size / output_size, a SimpleRNNCell without activation, LayerNormalization, then the
activation) wrapped in `keras.layers.RNN(LNSimpleRNNCell(20), return_sequences=True)`."""
# pivot-corpus: name=model input_shape=2,12,1
from tensorflow import keras


class LNSimpleRNNCell(keras.layers.Layer):
    def __init__(self, units, activation="tanh", **kwargs):
        super().__init__(**kwargs)
        self.state_size = units
        self.output_size = units
        self.simple_rnn_cell = keras.layers.SimpleRNNCell(units, activation=None)
        self.layer_norm = keras.layers.LayerNormalization()
        self.activation = keras.activations.get(activation)

    def call(self, inputs, states):
        outputs, new_states = self.simple_rnn_cell(inputs, states)
        norm_outputs = self.activation(self.layer_norm(outputs))
        return norm_outputs, [norm_outputs]


model = keras.models.Sequential([
    keras.layers.RNN(LNSimpleRNNCell(20), return_sequences=True, input_shape=[None, 1]),
    keras.layers.RNN(LNSimpleRNNCell(20), return_sequences=True),
    keras.layers.TimeDistributed(keras.layers.Dense(10))
])
