"""A module-level functional keras.Model held by a subclassed model (`self.emb = emb`) and called twice: the code
migrates (the PyTorch class holds the migrated module-level model), but the weight copy cannot yet find the
inner model's layers inside the Keras subclass: a named WeightError, never a silent pass."""
# pivot-corpus: name=Head input_shape=2,8;2,8
import keras
from keras import layers

inp = keras.Input((8,))
x = layers.Dense(6, activation="relu")(inp)
emb = keras.Model(inp, x)


class Head(keras.Model):
    def __init__(self):
        super().__init__()
        self.emb = emb
        self.out = layers.Dense(1)

    def call(self, a, b):
        return self.out(self.emb(a) - self.emb(b))
