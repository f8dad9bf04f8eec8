"""Issue 10: Keras Dot of two sequences (found by the fuzz campaign, seeds 400023/400037/400691): over the
features a batched product (N, T, T), over the steps (N, F, F), cosine-normalized or not."""
# pivot-corpus: name=Net input_shape=2,5,4 input_dtype=float32
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.q = layers.Dense(6)
        self.k = layers.Dense(6)
        self.scores = layers.Dot(axes=2)
        self.gram = layers.Dot(axes=1, normalize=True)

    def call(self, x):
        q = self.q(x)
        k = self.k(x)
        a = self.scores([q, k])
        b = self.gram([q, k])
        c = layers.dot([q, k], axes=-1, normalize=True)
        return keras.ops.concatenate([keras.ops.reshape(a, (-1, 25)), keras.ops.reshape(b, (-1, 36)),
                                      keras.ops.reshape(c, (-1, 25))], axis=-1)
