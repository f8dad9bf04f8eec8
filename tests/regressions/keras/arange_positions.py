"""Issue 10: the Keras mirror of torch/arange_positions: `keras.ops.arange(keras.ops.shape(x)[1])` and a size
inside `keras.ops.roll`'s shift were copied into PyTorch untranslated."""
# pivot-corpus: name=PositionalEncoder input_shape=2,6 input_dtype=int64
import keras
from keras import layers


class PositionalEncoder(keras.Model):
    def __init__(self, vocab=20, dim=8, max_len=16):
        super().__init__()
        self.tok = layers.Embedding(vocab, dim)
        self.pos = layers.Embedding(max_len, dim)
        self.head = layers.Dense(3)

    def call(self, ids):
        positions = keras.ops.arange(0, keras.ops.shape(ids)[1])
        x = self.tok(ids) + self.pos(positions) + self.pos(keras.ops.arange(ids.shape[1]))
        x = keras.ops.roll(x, keras.ops.shape(ids)[1] // 2, axis=1)
        return self.head(keras.ops.mean(x, axis=1))
