"""Keras 3 code with `keras.ops` inside Lambda layers (keras.io examples ported to Keras 3): ops.mean over the
time axis, ops.square / ops.sqrt for an RMS feature, ops.concatenate of the two, then Dense."""
# pivot-corpus: name=model input_shape=2,9,6
import keras
from keras import layers, ops

inputs = keras.Input(shape=(9, 6))
h = layers.Dense(8, activation="relu")(inputs)
mean = layers.Lambda(lambda t: ops.mean(t, axis=1))(h)
rms = layers.Lambda(lambda t: ops.sqrt(ops.mean(ops.square(t), axis=1) + 1e-6))(h)
feat = layers.Lambda(lambda ts: ops.concatenate(ts, axis=-1))([mean, rms])
outputs = layers.Dense(4)(feat)
model = keras.Model(inputs, outputs)
