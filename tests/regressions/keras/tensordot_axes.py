"""Issue 12: keras.ops.tensordot in a subclassed model: over listed axes that leave the batch alone (a bilinear
form of two sequences' features), and by a count (3, of every axis), which contracts the batch axis too
(as keras.io's recommender does): the same sums in PyTorch."""
# pivot-corpus: name=Scorer input_shape=2,5,4
import keras
from keras import layers, ops


class Scorer(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = layers.Dense(6)
        self.b = layers.Dense(6)
        self.out = layers.Dense(2)

    def call(self, x):
        pairs = ops.tensordot(self.a(x), self.b(x), axes=[[2], [2]])  # (N, T, N, T)
        whole = ops.tensordot(self.a(x), self.b(x), 3)  # all three axes: a scalar
        return self.out(ops.mean(pairs, axis=[2, 3])[..., None] + whole)
