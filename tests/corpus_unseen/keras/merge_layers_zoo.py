"""Keras merge layers on Dense branches: Subtract, Multiply, Average (of three), Maximum (of three), Minimum,
Dot(axes=1), then Concatenate of all of them."""
# pivot-corpus: name=model input_shape=3,10
import keras
from keras import layers

inputs = keras.Input(shape=(10,))
a = layers.Dense(8, activation="tanh")(inputs)
b = layers.Dense(8, activation="relu")(inputs)
c = layers.Dense(8)(inputs)
diff = layers.Subtract()([a, b])
prod = layers.Multiply()([a, b])
avg = layers.Average()([a, b, c])
mx = layers.Maximum()([a, b, c])
mn = layers.Minimum()([a, b])
dot = layers.Dot(axes=1)([a, b])
x = layers.Concatenate()([diff, prod, avg, mx, mn, dot])
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)
