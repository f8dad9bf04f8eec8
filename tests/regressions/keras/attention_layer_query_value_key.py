"""Issue 12: layers.Attention held by a subclassed layer, called on [query, value, key] in call()."""
# pivot-corpus: name=Attn input_shape=2,5,6
import keras
from keras import layers


class Attn(keras.Model):
    def __init__(self):
        super().__init__()
        self.q = layers.Dense(8)
        self.k = layers.Dense(8)
        self.v = layers.Dense(4)
        self.att = layers.Attention()
        self.out = layers.Dense(3)

    def call(self, x):
        return self.out(self.att([self.q(x), self.v(x), self.k(x)]))
