"""Stacked bidirectional LSTM text classifier over token ids, built with the functional API."""
# pivot-corpus: name=build_bilstm_classifier input_shape=2,12 input_dtype=int64
import keras
from keras import layers


def build_bilstm_classifier(vocab_size=100, embed_dim=32, maxlen=12, num_classes=5):
    inputs = keras.Input(shape=(maxlen,), dtype="int64")
    x = layers.Embedding(vocab_size, embed_dim)(inputs)
    x = layers.Bidirectional(layers.LSTM(64, return_sequences=True))(x)
    x = layers.Dropout(0.3)(x)
    x = layers.Bidirectional(layers.LSTM(64, return_sequences=True))(x)
    x = layers.GlobalMaxPooling1D()(x)
    x = layers.Dropout(0.3)(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs, name="bilstm_classifier")
