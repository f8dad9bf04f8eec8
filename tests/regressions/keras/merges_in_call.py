"""Issue 10: merges and activations instantiated and applied inside call()."""
# pivot-corpus: name=MergesInCall input_shape=2,6 input_dtype=float32
import keras
from keras import layers


class MergesInCall(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = layers.Dense(8)
        self.b = layers.Dense(8)
        self.out = layers.Dense(2)

    def call(self, x):
        joined = layers.Add()([self.a(x), self.b(x)])
        both = layers.Concatenate()([joined, layers.Multiply()([self.a(x), joined])])
        return self.out(layers.ReLU()(both))
