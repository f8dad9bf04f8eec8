"""A Kaggle NER / POS-tagging notebook model: `Input(shape=(max_len,))`, `Embedding(input_dim=n_words + 1,
output_dim=...)`, `SpatialDropout1D`, two stacked `Bidirectional(LSTM(units, return_sequences=True,
recurrent_dropout=0.1))`, and `TimeDistributed(Dense(n_tags, activation="softmax"))` per token."""
# pivot-corpus: name=model input_shape=2,15 input_dtype=int64
from tensorflow.keras.models import Model
from tensorflow.keras.layers import Input, Embedding, SpatialDropout1D, Bidirectional, LSTM, TimeDistributed, Dense

max_len = 15
n_words = 100
n_tags = 7

input_word = Input(shape=(max_len,))
model_out = Embedding(input_dim=n_words + 1, output_dim=16)(input_word)
model_out = SpatialDropout1D(0.1)(model_out)
model_out = Bidirectional(LSTM(units=12, return_sequences=True, recurrent_dropout=0.1))(model_out)
model_out = Bidirectional(LSTM(units=8, return_sequences=True))(model_out)
out = TimeDistributed(Dense(n_tags, activation="softmax"))(model_out)
model = Model(input_word, out)
