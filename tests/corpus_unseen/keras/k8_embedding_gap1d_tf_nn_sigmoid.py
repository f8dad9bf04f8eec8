"""TensorFlow "Basic text classification" / "Word embeddings" tutorials: Embedding, Dropout,
`GlobalAveragePooling1D()`, Dropout, `Dense(16, activation=tf.nn.relu)` and `Dense(1, activation=tf.nn.sigmoid)`
(the TF 1.x-era spelling of activations)."""
# pivot-corpus: name=model input_shape=2,20 input_dtype=int64
import tensorflow as tf
from tensorflow import keras

vocab_size = 100
embedding_dim = 16

model = keras.Sequential()
model.add(keras.layers.Embedding(vocab_size, embedding_dim))
model.add(keras.layers.Dropout(0.2))
model.add(keras.layers.GlobalAveragePooling1D())
model.add(keras.layers.Dropout(0.2))
model.add(keras.layers.Dense(16, activation=tf.nn.relu))
model.add(keras.layers.Dense(1, activation=tf.nn.sigmoid))
