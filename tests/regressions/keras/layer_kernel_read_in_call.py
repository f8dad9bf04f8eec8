"""A Dense layer's kernel and bias read in call(): copied into PyTorch with exit 0 before (nn.Linear has no
`kernel`, its weight is (out, in)): a named error."""
# pivot-corpus: name=Tied input_shape=2,8 input_dtype=float32
import keras
from keras import layers


class Tied(keras.Model):
    def __init__(self):
        super().__init__()
        self.w = layers.Dense(8)

    def call(self, a):
        h = self.w(a)
        return keras.ops.matmul(h, keras.ops.transpose(self.w.kernel)) + self.w.bias
