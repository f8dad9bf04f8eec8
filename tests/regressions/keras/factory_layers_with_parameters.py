"""Issue 10: a subclassed Keras model whose layers come from module-level factories with parameters
(`make_embedding(vocab, dim)`, `make_dense(units, activation="relu")`): read as the layers they return, so the
model's input is known to be token ids and the dense layer's fused activation is applied once (written in place:
PyTorch applies it at the call site)."""
# pivot-corpus: name=FactoryText input_shape=2,7 input_dtype=int64
import keras
from keras import layers


def make_embedding(vocab, dim):
    return layers.Embedding(vocab, dim)


def make_conv(filters, kernel=3):
    return layers.Conv1D(filters, kernel, padding="same")


def make_dense(units, activation=None):
    return layers.Dense(units, activation=activation)


class FactoryText(keras.Model):
    def __init__(self):
        super().__init__()
        self.embed = make_embedding(30, 8)
        self.conv = make_conv(6, kernel=5)
        self.pool = layers.GlobalAveragePooling1D()
        self.hidden = make_dense(10, activation="relu")
        self.out = make_dense(3)

    def call(self, x):
        x = self.embed(x)
        x = self.conv(x)
        x = self.pool(x)
        return self.out(self.hidden(x))
