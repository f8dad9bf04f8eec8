"""A functional keras.Model built at module level and applied as a layer to two inputs (keras.io's siamese
networks): one PyTorch submodule called twice, its weights shared, copied from the inner model's own layers."""
# pivot-corpus: name=siamese input_shape=2,8;2,8
import keras
from keras import layers

inp = keras.Input((8,))
x = layers.Dense(6, activation="relu")(inp)
x = layers.Dense(4)(x)
embedding = keras.Model(inp, x)

left = keras.Input((8,))
right = keras.Input((8,))
tower_1 = embedding(left)
tower_2 = embedding(right)
difference = layers.Subtract()([tower_1, tower_2])
out = layers.Dense(1)(difference)
siamese = keras.Model([left, right], out)
