"""keras.io "The Functional API" ticket-ranking model (narrower): two inputs (title ids, body ids), an Embedding
per input, LSTM encoders, layers.concatenate, two named output heads returned as a list."""
# pivot-corpus: name=model input_shape=2,6;2,10 input_dtype=int64,int64
import keras
from keras import layers

num_words = 60

title_input = keras.Input(shape=(None,), name="title")
body_input = keras.Input(shape=(None,), name="body")

title_features = layers.Embedding(num_words, 8)(title_input)
body_features = layers.Embedding(num_words, 8)(body_input)
title_features = layers.LSTM(12)(title_features)
body_features = layers.LSTM(6)(body_features)

x = layers.concatenate([title_features, body_features])
priority_pred = layers.Dense(1, name="priority")(x)
department_pred = layers.Dense(4, name="department")(x)
model = keras.Model(inputs=[title_input, body_input], outputs=[priority_pred, department_pred])
