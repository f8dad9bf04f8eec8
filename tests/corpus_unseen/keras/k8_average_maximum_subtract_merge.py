"""Keras merge-layer docs examples (`keras.layers.Average`, `Maximum`, `Subtract`) combined as in ensemble /
difference networks: three Dense branches on one input averaged and maxed, the difference of two inputs'
encodings with `layers.Subtract()`, concatenated into a head."""
# pivot-corpus: name=model input_shape=3,8;3,8
import tensorflow as tf

input1 = tf.keras.layers.Input(shape=(8,))
input2 = tf.keras.layers.Input(shape=(8,))
b1 = tf.keras.layers.Dense(6, activation="relu")(input1)
b2 = tf.keras.layers.Dense(6, activation="tanh")(input1)
b3 = tf.keras.layers.Dense(6)(input2)
avg = tf.keras.layers.Average()([b1, b2, b3])
mx = tf.keras.layers.Maximum()([b1, b2])
diff = tf.keras.layers.Subtract()([b1, b3])
mn = tf.keras.layers.Minimum()([b2, b3])
x = tf.keras.layers.Concatenate()([avg, mx, diff, mn])
out = tf.keras.layers.Dense(4)(x)
model = tf.keras.models.Model(inputs=[input1, input2], outputs=out)
