"""Sequence taggers on GitHub (keras POS / slot filling): `Bidirectional(GRU(..., return_sequences=True),
merge_mode='sum')`, a second `Bidirectional(LSTM(...), merge_mode='ave')`, and a per-timestep
`Dense(n_tags, activation='softmax')` applied to the 3-D sequence directly (no TimeDistributed)."""
# pivot-corpus: name=model input_shape=2,9 input_dtype=int64
from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    keras.Input(shape=(9,)),
    layers.Embedding(input_dim=70, output_dim=12),
    layers.Bidirectional(layers.GRU(10, return_sequences=True), merge_mode="sum"),
    layers.Bidirectional(layers.LSTM(6, return_sequences=True), merge_mode="ave"),
    layers.Dense(5, activation="softmax"),
])
