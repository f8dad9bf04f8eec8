"""Keras 2 / CuDNN-era style: GRU(..., reset_after=False) stacked with return_sequences=True, Dense head on the
last state (the TF1 GRU formula)."""
# pivot-corpus: name=model input_shape=2,8,5
import tensorflow as tf
from tensorflow.keras import layers

model = tf.keras.Sequential([
    tf.keras.Input(shape=(8, 5)),
    layers.GRU(12, return_sequences=True, reset_after=False),
    layers.GRU(8, reset_after=False),
    layers.Dense(2),
])
