"""A CNN-RNN text classifier: two parallel Conv1D n-gram branches, max-pooled and concatenated, then a GRU."""
# pivot-corpus: name=build_text_cnn_gru input_shape=2,20 input_dtype=int64
import keras
from keras import layers


def conv_branch(x, filters, kernel_size):
    x = layers.Conv1D(filters, kernel_size, padding="same", activation="relu")(x)
    return layers.MaxPooling1D(pool_size=2)(x)


def build_text_cnn_gru(vocab_size=50, maxlen=20, embed_dim=16, filters=24, num_classes=3):
    tokens = keras.Input(shape=(maxlen,), name="tokens")
    x = layers.Embedding(input_dim=vocab_size, output_dim=embed_dim)(tokens)
    a = conv_branch(x, filters, 3)
    b = conv_branch(x, filters, 5)
    x = layers.Concatenate(axis=-1)([a, b])
    x = layers.GRU(32)(x)
    x = layers.Dense(32, activation="relu")(x)
    x = layers.Dropout(0.25)(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(tokens, outputs)
