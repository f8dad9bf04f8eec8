"""Fuzz model (seed 251335, keras subclassed)."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `line3` (Linear): `weight` has shape (4, 16), the source gives (4, 80)
# (a first Dense reads any rank; `Reshape((-1,))` was written as nn.Unflatten(1, (-1,)) for a guessed (N, 16),
# the next Linear sized 16: on the (N, 5, 4) input Keras flattens 80. Now PIV103: declare the input shape.)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.line1 = layers.Dense(16, activation='hard_sigmoid')
        self.reshape2 = layers.Reshape((-1,))
        self.line3 = layers.Dense(4)

    def call(self, x):
        x = self.line1(x)
        x = self.reshape2(x)
        x = self.line3(x)
        return x
