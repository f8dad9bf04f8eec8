"""Issue 12: a custom layer whose build(self, input_shape) makes its weights (add_weight, one frozen) and a Dense
from the input's width, written the older way (`super(ScaledProjection, self).build(input_shape)`), applied to a
sequence (N, T, F) in a subclassed model: PyTorch's forward() builds it on the first call, as Keras does."""
# pivot-corpus: name=Tagger input_shape=2,5,12 input_dtype=float32
import keras
from keras import layers, ops


class ScaledProjection(layers.Layer):
    def __init__(self, units, **kwargs):
        super(ScaledProjection, self).__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform",
                                      name="kernel")
        self.scale = self.add_weight(shape=(self.units,), initializer="ones", trainable=False, name="scale")
        self.skip = layers.Dense(self.units)
        super(ScaledProjection, self).build(input_shape)

    def call(self, inputs):
        """A projection scaled per unit, plus a dense skip path."""
        return ops.matmul(inputs, self.kernel) * self.scale + self.skip(inputs)


class Tagger(keras.Model):
    def __init__(self):
        super().__init__()
        self.proj = ScaledProjection(16)
        self.out = layers.Dense(4)

    def call(self, x):
        return self.out(ops.tanh(self.proj(x)))
