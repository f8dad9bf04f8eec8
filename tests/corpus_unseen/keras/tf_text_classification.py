"""tensorflow.org "Basic text classification": tf.keras.Sequential of layers.Embedding, Dropout,
GlobalAveragePooling1D, Dropout, Dense(1) over integer token ids."""
# pivot-corpus: name=model input_shape=2,40 input_dtype=int64
import tensorflow as tf
from tensorflow.keras import layers

max_features = 1000
embedding_dim = 16

model = tf.keras.Sequential([
    layers.Embedding(max_features, embedding_dim),
    layers.Dropout(0.2),
    layers.GlobalAveragePooling1D(),
    layers.Dropout(0.2),
    layers.Dense(1, activation='sigmoid')])
