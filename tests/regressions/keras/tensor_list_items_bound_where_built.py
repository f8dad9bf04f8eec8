"""uk6: a list literal of computed tensors (`outs = [layers.Dense(8)(x), ...]`) and `x` bound again before the
list is read: each item is computed where the list is built (it was written where the list was read, on the
later `x`: exit 0 and 3.84 off)."""
# pivot-corpus: name=model input_shape=2,8 input_dtype=float32
import keras
from keras import layers

inputs = keras.Input(shape=(8,))
x = layers.Dense(8)(inputs)
outs = [layers.Dense(8)(x), layers.Dense(8, activation="tanh")(x)]
x = layers.Dense(8)(x)
z = layers.Add()([outs[0], outs[1], x])
model = keras.Model(inputs, z)
