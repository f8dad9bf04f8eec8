"""Issue 12: module-level loops building a model (no builder function): a functional graph grown by
`for units in [16, 8]: x = layers.Dense(units)(x)` and a Sequential grown by `for ...: seq.add(...)` after it."""
# pivot-corpus: name=model input_shape=3,6
import keras
from keras import layers

inputs = keras.Input(shape=(6,))
x = inputs
for units in [16, 8]:
    x = layers.Dense(units, activation="relu")(x)
model = keras.Model(inputs, layers.Dense(2)(x))

print("built")

head = keras.Sequential()
head.add(keras.Input(shape=(2,)))
for _ in range(2):
    head.add(layers.Dense(4))
