"""Audio/sensor style: Reshape((T, F)) of a flat vector, Permute((2, 1)), a Dense applied over the last axis of a
3D tensor, Flatten, Dense."""
# pivot-corpus: name=model input_shape=2,48
import keras
from keras import layers

inputs = keras.Input(shape=(48,))
x = layers.Reshape((8, 6))(inputs)
x = layers.Permute((2, 1))(x)
x = layers.Dense(5, activation="relu")(x)
x = layers.Flatten()(x)
outputs = layers.Dense(3)(x)
model = keras.Model(inputs, outputs)
