"""Hands-On ML ch. 10 "Using the Subclassing API": WideAndDeepModel(keras.Model) with units/activation
constructor arguments, `input_A, input_B = inputs` in call(), keras.layers.concatenate, a main and an auxiliary
output returned together."""
# pivot-corpus: name=WideAndDeepModel input_shape=4,5;4,6
from tensorflow import keras


class WideAndDeepModel(keras.Model):
    def __init__(self, units=30, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.hidden1 = keras.layers.Dense(units, activation=activation)
        self.hidden2 = keras.layers.Dense(units, activation=activation)
        self.main_output = keras.layers.Dense(1)
        self.aux_output = keras.layers.Dense(1)

    def call(self, inputs):
        input_A, input_B = inputs
        hidden1 = self.hidden1(input_B)
        hidden2 = self.hidden2(hidden1)
        concat = keras.layers.concatenate([input_A, hidden2])
        main_output = self.main_output(concat)
        aux_output = self.aux_output(hidden2)
        return main_output, aux_output


model = WideAndDeepModel(30, activation="relu")
