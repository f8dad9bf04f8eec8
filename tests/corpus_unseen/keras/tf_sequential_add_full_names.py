"""StackOverflow style MLP: `model = tf.keras.Sequential()` grown with model.add(tf.keras.layers.Dense(...)),
input_dim= on the first layer (Keras 2 spelling), tanh / relu / sigmoid activations."""
# pivot-corpus: name=model input_shape=4,20
import tensorflow as tf

model = tf.keras.Sequential()
model.add(tf.keras.layers.Dense(32, input_dim=20, activation="tanh"))
model.add(tf.keras.layers.Dense(16, activation="relu"))
model.add(tf.keras.layers.Dropout(0.5))
model.add(tf.keras.layers.Dense(1, activation="sigmoid"))
