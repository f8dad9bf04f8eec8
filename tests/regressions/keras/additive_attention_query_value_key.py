"""Issue 12: layers.AdditiveAttention in a subclassed model: one with its learned scale over [query, value, key]
(a query of other steps than the value), one without a scale over [query, value]."""
# pivot-corpus: name=Bahdanau input_shape=2,7,6
import keras
from keras import layers, ops


class Bahdanau(keras.Model):
    def __init__(self, units=8):
        super().__init__()
        self.q = layers.Dense(units)
        self.k = layers.Dense(units)
        self.v = layers.Dense(units)
        self.scored = layers.AdditiveAttention()
        self.plain = layers.AdditiveAttention(use_scale=False)
        self.out = layers.Dense(3)

    def call(self, x):
        query = self.q(x[:, :3])
        context = self.scored([query, self.v(x), self.k(x)])
        again = self.plain([context, self.v(x)])
        return self.out(ops.mean(again, axis=1))
