"""Kaggle toxic-comments style: Embedding, Bidirectional(LSTM(..., return_sequences=True)), GlobalMaxPooling1D,
Dense relu, Dropout, sigmoid multi-label head (keras.layers imported as `from keras.layers import *` names)."""
# pivot-corpus: name=model input_shape=2,15 input_dtype=int64
from keras.layers import Input, Embedding, Bidirectional, LSTM, GlobalMaxPooling1D, Dense, Dropout
from keras.models import Model

maxlen = 15
max_features = 120
embed_size = 12

inp = Input(shape=(maxlen,))
x = Embedding(max_features, embed_size)(inp)
x = Bidirectional(LSTM(10, return_sequences=True))(x)
x = GlobalMaxPooling1D()(x)
x = Dense(16, activation="relu")(x)
x = Dropout(0.1)(x)
x = Dense(6, activation="sigmoid")(x)
model = Model(inputs=inp, outputs=x)
