"""uk5: a conditional expression on the builder's constants (`x = ... if USE_PROJ else ...`) picks its branch
statically (the generated forward() replays the graph, so the branch must be chosen where it is read)."""
# pivot-corpus: name=model input_shape=2,12 input_dtype=float32
import keras
from keras import layers

USE_PROJ = True

inputs = keras.Input(shape=(12,))
h = layers.Dense(8, activation="relu")(inputs)
h = layers.Dense(8)(h) if USE_PROJ else layers.Activation("tanh")(h)
model = keras.Model(inputs, layers.Dense(3)(h))
