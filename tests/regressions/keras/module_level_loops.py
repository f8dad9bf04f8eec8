"""Issue 12: a module-level loop building a model (no builder function): a functional graph grown by
`for units in [16, 8]: x = layers.Dense(units)(x)` (module_level_add_loop: a Sequential grown by a loop)."""
# pivot-corpus: name=model input_shape=3,6
import keras
from keras import layers

inputs = keras.Input(shape=(6,))
x = inputs
for units in [16, 8]:
    x = layers.Dense(units, activation="relu")(x)
model = keras.Model(inputs, layers.Dense(2)(x))
