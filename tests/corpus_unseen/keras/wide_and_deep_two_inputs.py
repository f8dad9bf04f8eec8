"""Hands-On ML "Wide & Deep" functional model with two inputs: input_A goes straight to the output, input_B
through the deep path, layers.concatenate([input_A, hidden2]) then Dense(1)."""
# pivot-corpus: name=model input_shape=4,5;4,6
import tensorflow as tf
from tensorflow import keras

input_A = keras.layers.Input(shape=[5], name="wide_input")
input_B = keras.layers.Input(shape=[6], name="deep_input")
hidden1 = keras.layers.Dense(30, activation="relu")(input_B)
hidden2 = keras.layers.Dense(30, activation="relu")(hidden1)
concat = keras.layers.concatenate([input_A, hidden2])
output = keras.layers.Dense(1, name="output")(concat)
model = keras.Model(inputs=[input_A, input_B], outputs=[output])
