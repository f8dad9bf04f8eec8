"""Issue 12: a module-level Sequential grown by `for _ in range(2): head.add(...)` between plain adds (the loop
was a 'line between the statements that build' error)."""
# pivot-corpus: name=head input_shape=3,2
import keras
from keras import layers

head = keras.Sequential()
head.add(keras.Input(shape=(2,)))
for _ in range(2):
    head.add(layers.Dense(4, activation="tanh"))
head.add(layers.Dense(1))
