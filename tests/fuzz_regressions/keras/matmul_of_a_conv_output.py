"""Fuzz model (seed 200179, keras subclassed)."""
# pivot-fuzz: input_shape=2,8,4 input_dtype=float32
# found: silent: VerifyError: RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [2, 6] but got: [2, 4].
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv1D(8, 3)
        self.sepa2 = layers.SeparableConv1D(4, kernel_size=1)
        self.line3 = layers.Dense(4)

    def call(self, x):
        x = self.conv1(x)
        b1_0 = self.sepa2(x)
        b2_1 = self.line3(x)
        x = keras.ops.matmul(b1_0, keras.ops.transpose(b2_1, (0, 2, 1)))
        return x
