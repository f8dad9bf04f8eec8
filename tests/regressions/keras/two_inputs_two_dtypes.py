"""Issue 10: a two-input Keras model (token ids through an Embedding, numeric features through a Dense): verify fed
both inputs as int64 token ids and the PyTorch Linear failed on Long input; each input now gets its own dtype."""
# pivot-corpus: name=build_two_input input_shape=2,12;2,4 input_dtype=int64,float32
import numpy as np
import tensorflow as tf
from tensorflow.keras.models import Sequential, Model
from tensorflow.keras.layers import Dense, LSTM, Conv1D, MaxPooling1D, Dropout, Input, Bidirectional, GlobalMaxPooling1D, Embedding, concatenate


def build_cnn_lstm(timesteps=20, features=3):
    model = Sequential()
    model.add(Conv1D(filters=16, kernel_size=3, activation='relu', input_shape=(timesteps, features)))
    model.add(MaxPooling1D(pool_size=2))
    model.add(LSTM(24, return_sequences=True))
    model.add(Bidirectional(LSTM(8)))
    model.add(Dropout(0.3))
    model.add(Dense(1, activation='sigmoid'))
    return model


def build_two_input(vocab=50, maxlen=12, meta_dim=4):
    text_in = Input(shape=(maxlen,), name="text")
    meta_in = Input(shape=(meta_dim,), name="meta")
    x = Embedding(vocab, 8)(text_in)
    x = Conv1D(16, 3, activation="relu")(x)
    x = GlobalMaxPooling1D()(x)
    m = Dense(8, activation="relu")(meta_in)
    h = concatenate([x, m])
    out = Dense(3, activation="softmax")(h)
    return Model(inputs=[text_in, meta_in], outputs=out)


model = build_cnn_lstm()
model.compile(optimizer="adam", loss="binary_crossentropy")
