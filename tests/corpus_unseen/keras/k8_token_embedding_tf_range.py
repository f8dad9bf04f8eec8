"""keras.io "Automatic Speech Recognition with Transformer" TokenEmbedding (TF 2 spelling): `maxlen =
tf.shape(x)[-1]`, `positions = tf.range(start=0, limit=maxlen, delta=1)`, a positional Embedding added to the
token Embedding; then `GlobalAveragePooling1D`, Dropout and a sigmoid head, as in the text classifiers."""
# pivot-corpus: name=model input_shape=2,12 input_dtype=int64
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers


class TokenEmbedding(layers.Layer):
    def __init__(self, num_vocab=1000, maxlen=100, num_hid=64):
        super().__init__()
        self.emb = tf.keras.layers.Embedding(num_vocab, num_hid)
        self.pos_emb = layers.Embedding(input_dim=maxlen, output_dim=num_hid)

    def call(self, x):
        maxlen = tf.shape(x)[-1]
        x = self.emb(x)
        positions = tf.range(start=0, limit=maxlen, delta=1)
        positions = self.pos_emb(positions)
        return x + positions


inputs = layers.Input(shape=(12,))
x = TokenEmbedding(num_vocab=50, maxlen=12, num_hid=16)(inputs)
x = layers.GlobalAveragePooling1D()(x)
x = layers.Dropout(0.1)(x)
x = layers.Dense(8, activation="relu")(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs=inputs, outputs=outputs)
