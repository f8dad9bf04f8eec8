"""Fuzz model (seed 261971, keras subclassed)."""
# pivot-fuzz: input_shape=2,8,4 input_dtype=float32
# found: silent: VerifyError: RuntimeError: mat1 and mat2 shapes cannot be multiplied (8x8 and 4x8)
# (a first Dense reads any rank; `keras.ops.split(x, 2, axis=1)` of the guessed (N, 8) gave (N, 4) and the next
# Linear was sized 4: on the (N, 8, 4) input axis 1 is the steps, the parts are (N, 4, 8). Sizes after an axis
# counted from the front of a value of guessed rank are unknown now: nn.LazyLinear.)
import keras
from keras import layers


def make_line6():
    return layers.Dense(4)


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.line1 = layers.Dense(8, activation='hard_sigmoid')
        self.batc2 = layers.BatchNormalization(scale=True)
        self.line4 = layers.Dense(8)
        self.merge5 = layers.Multiply()
        self.line6 = make_line6()

    def call(self, x):
        x = self.line1(x)
        x = self.batc2(x)
        c3_0, c3_1 = keras.ops.split(x, 2, axis=1)
        x = c3_0 * c3_1
        b3_0 = self.line4(x)
        x = self.merge5([b3_0, x])
        x = x[:, -1, :]
        x = self.line6(x)
        return x
