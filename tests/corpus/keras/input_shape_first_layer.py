"""An MLP classifier that declares its input with input_shape= on the first layer."""
# pivot-corpus: name=classifier input_shape=2,16
import tensorflow as tf

classifier = tf.keras.Sequential([
    tf.keras.layers.Dense(64, activation="relu", input_shape=(16,)),
    tf.keras.layers.Dropout(0.2),
    tf.keras.layers.Dense(32, activation="tanh"),
    tf.keras.layers.Dense(4, activation="sigmoid"),
])
