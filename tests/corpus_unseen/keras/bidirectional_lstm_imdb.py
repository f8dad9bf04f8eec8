"""keras.io "Bidirectional LSTM on IMDB": keras.Input(shape=(None,), dtype="int32"), Embedding, two
Bidirectional(LSTM) layers (the first with return_sequences=True), sigmoid Dense (narrower)."""
# pivot-corpus: name=model input_shape=2,12 input_dtype=int64
import keras
from keras import layers

max_features = 200  # Only consider the top 200 words

inputs = keras.Input(shape=(None,), dtype="int32")
x = layers.Embedding(max_features, 16)(inputs)
x = layers.Bidirectional(layers.LSTM(16, return_sequences=True))(x)
x = layers.Bidirectional(layers.LSTM(16))(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
