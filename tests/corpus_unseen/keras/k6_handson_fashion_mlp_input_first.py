"""Hands-On ML 3rd ed. ch. 10 Fashion MNIST MLP: `tf.keras.Sequential()` grown with model.add, starting with
`tf.keras.layers.Input(shape=[28, 28])`, Flatten, Dense(300, activation="relu"), Dense(100, activation="relu"),
Dense(10, activation="softmax"); `tf.random.set_seed(42)` before it."""
# pivot-corpus: name=model input_shape=2,28,28
import tensorflow as tf

tf.random.set_seed(42)
model = tf.keras.Sequential()
model.add(tf.keras.layers.Input(shape=[28, 28]))
model.add(tf.keras.layers.Flatten())
model.add(tf.keras.layers.Dense(300, activation="relu"))
model.add(tf.keras.layers.Dense(100, activation="relu"))
model.add(tf.keras.layers.Dense(10, activation="softmax"))
