"""keras.io "Text classification from scratch" model (narrower): `layers.Embedding(max_features,
embedding_dim)`, Dropout, two `layers.Conv1D(128, 7, padding="valid", activation="relu", strides=3)` and
`layers.GlobalMaxPooling1D()`, a Dense + Dropout, and a sigmoid `predictions` layer named "predictions"."""
# pivot-corpus: name=model input_shape=2,60 input_dtype=int64
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

max_features = 200
embedding_dim = 16

inputs = tf.keras.Input(shape=(None,), dtype="int64")
x = layers.Embedding(max_features, embedding_dim)(inputs)
x = layers.Dropout(0.5)(x)
x = layers.Conv1D(32, 7, padding="valid", activation="relu", strides=3)(x)
x = layers.Conv1D(32, 7, padding="valid", activation="relu", strides=3)(x)
x = layers.GlobalMaxPooling1D()(x)
x = layers.Dense(32, activation="relu")(x)
x = layers.Dropout(0.5)(x)
predictions = layers.Dense(1, activation="sigmoid", name="predictions")(x)
model = tf.keras.Model(inputs, predictions)
