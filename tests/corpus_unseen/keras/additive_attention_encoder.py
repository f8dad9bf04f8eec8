"""Bahdanau-style text model written with tf.keras.layers.AdditiveAttention: a GRU encoder over embeddings,
AdditiveAttention()([h, h]) self-attention, GlobalAveragePooling1D, Dense."""
# pivot-corpus: name=model input_shape=2,9 input_dtype=int64
import tensorflow as tf
from tensorflow.keras import layers

inputs = tf.keras.Input(shape=(9,), dtype="int64")
h = layers.Embedding(40, 8)(inputs)
h = layers.GRU(12, return_sequences=True)(h)
context = layers.AdditiveAttention()([h, h])
x = layers.GlobalAveragePooling1D()(context)
outputs = layers.Dense(3)(x)
model = tf.keras.Model(inputs, outputs)
