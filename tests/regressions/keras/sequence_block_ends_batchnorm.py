"""Issue 10: a custom layer reading a (N, T, F) sequence whose last layer is a BatchNormalization: its caller reads
the result as Keras returns it (was exit 0, then a WeightError or wrong outputs; then refused). Issue 12: the norm's
input rank is not declared in the layer, so it is Pivot's rank-free FeaturesLastBatchNorm, which keeps the
sequence features-last: verified."""
# pivot-corpus: name=make_model input_shape=2,5,4 input_dtype=float32
import keras
from keras import layers


class Block(layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.norm = layers.Dense(units)
        self.bn = layers.BatchNormalization()

    def call(self, x):
        return self.bn(self.norm(x))


def make_model():
    inputs = keras.Input(shape=(5, 4))
    x = Block(6)(inputs)
    outputs = layers.Dense(3)(x)
    return keras.Model(inputs, outputs)
