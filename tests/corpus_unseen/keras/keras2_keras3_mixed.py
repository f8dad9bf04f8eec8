"""A script that mixes spellings: `from tensorflow import keras` with keras.layers.*, tf.keras.layers.* and
`from tensorflow.keras.layers import Dense` in the same Sequential; LayerNormalization and Dense(use_bias=False,
activation=tf.nn.gelu)."""
# pivot-corpus: name=model input_shape=2,14
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras.layers import Dense

model = keras.Sequential([
    keras.layers.InputLayer(input_shape=(14,)),
    tf.keras.layers.Dense(20, use_bias=False, activation=tf.nn.gelu),
    keras.layers.LayerNormalization(),
    Dense(10, activation=tf.nn.silu),
    tf.keras.layers.Dense(2),
])
