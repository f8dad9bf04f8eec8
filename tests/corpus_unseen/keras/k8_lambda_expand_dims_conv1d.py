"""Coursera / TensorFlow "Sequences, Time Series and Prediction" forecasters: a window of shape [None]
lifted to a channel with `layers.Lambda(lambda x: tf.expand_dims(x, axis=-1))`, a causal Conv1D, two LSTMs,
a Dense(1) and an output scaling `Lambda(lambda x: x * 100.0)`."""
# pivot-corpus: name=model input_shape=2,12
import tensorflow as tf

model = tf.keras.models.Sequential([
    tf.keras.layers.Lambda(lambda x: tf.expand_dims(x, axis=-1), input_shape=[12]),
    tf.keras.layers.Conv1D(filters=8, kernel_size=3, strides=1, padding="causal", activation="relu"),
    tf.keras.layers.LSTM(8, return_sequences=True),
    tf.keras.layers.LSTM(8),
    tf.keras.layers.Dense(1),
    tf.keras.layers.Lambda(lambda x: x * 100.0),
])
