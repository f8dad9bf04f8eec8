"""Fuzz model (seed 30453, keras subclassed)."""
# pivot-fuzz: input_shape=2,5 input_dtype=int64
# found: silent: VerifyError: WeightError: layer `line3` (Linear): `weight` has shape (24, 5), the source gives (24, 8)
import keras
from keras import layers


def make_pool2():
    return layers.GlobalAveragePooling1D(keepdims=False)


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.embe1 = layers.Embedding(20, output_dim=8)
        self.pool2 = make_pool2()
        self.line3 = layers.Dense(24)

    def call(self, x):
        x = self.embe1(x)
        x = self.pool2(x)
        x = self.line3(x)
        return x
