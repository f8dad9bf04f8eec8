"""Older Keras blog style: Lambda layers for preprocessing and reductions — Lambda(lambda x: x / 255.0),
Lambda(lambda t: tf.reduce_mean(t, axis=1)), Lambda(lambda t: tf.nn.l2_normalize(t, axis=-1))."""
# pivot-corpus: name=model input_shape=2,10,6
import tensorflow as tf
from tensorflow.keras import layers, Model

inputs = layers.Input(shape=(10, 6))
x = layers.Lambda(lambda x: x / 255.0)(inputs)
x = layers.Dense(16, activation="relu")(x)
x = layers.Lambda(lambda t: tf.reduce_mean(t, axis=1))(x)
x = layers.Dense(8)(x)
outputs = layers.Lambda(lambda t: tf.nn.l2_normalize(t, axis=-1))(x)
model = Model(inputs, outputs)
