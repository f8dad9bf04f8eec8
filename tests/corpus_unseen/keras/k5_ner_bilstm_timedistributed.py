"""Kaggle "NER with BiLSTM" notebook style: Input(shape=(max_len,)), Embedding, SpatialDropout1D,
Bidirectional(LSTM(units, return_sequences=True, recurrent_dropout=0.1)), and a TimeDistributed(Dense(n_tags,
activation="softmax")) tagger head."""
# pivot-corpus: name=model input_shape=2,12 input_dtype=int64
import tensorflow as tf
from tensorflow.keras.models import Model
from tensorflow.keras.layers import Input, Embedding, SpatialDropout1D, Bidirectional, LSTM, TimeDistributed, Dense

max_len = 12
n_words = 50
n_tags = 5

input_word = Input(shape=(max_len,))
model = Embedding(input_dim=n_words, output_dim=16, input_length=max_len)(input_word)
model = SpatialDropout1D(0.1)(model)
model = Bidirectional(LSTM(units=10, return_sequences=True, recurrent_dropout=0.1))(model)
out = TimeDistributed(Dense(n_tags, activation="softmax"))(model)
model = Model(input_word, out)
