"""Keras functional API guide ("Models with multiple inputs and outputs", ticket ranking) in a smaller
form: `Model(inputs=[title_input, body_input], outputs=[priority_pred, department_pred])` with two Embedding +
LSTM encoders, concatenate, a sigmoid priority head and a softmax department head."""
# pivot-corpus: name=model input_shape=2,6;2,10 input_dtype=int64,int64
from tensorflow import keras
from tensorflow.keras import layers

num_words = 40
num_departments = 3

title_input = keras.Input(shape=(6,), name="title")
body_input = keras.Input(shape=(10,), name="body")
title_features = layers.Embedding(num_words, 8)(title_input)
body_features = layers.Embedding(num_words, 8)(body_input)
title_features = layers.LSTM(8)(title_features)
body_features = layers.LSTM(4)(body_features)
x = layers.concatenate([title_features, body_features])
priority_pred = layers.Dense(1, activation="sigmoid", name="priority")(x)
department_pred = layers.Dense(num_departments, activation="softmax", name="department")(x)
model = keras.Model(inputs=[title_input, body_input], outputs=[priority_pred, department_pred])
