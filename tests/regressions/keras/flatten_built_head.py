"""Issue 10: a flattened image entering a Keras block built by code (BatchNormalization, ReLU, Dense): the
flatten order reaches every weighted layer of the block in the migrated PyTorch model."""
# pivot-corpus: name=BuiltHead input_shape=2,6,6,3 input_dtype=float32
import keras
from keras import layers


def make_head(classes):
    return keras.Sequential([layers.BatchNormalization(), layers.ReLU(), layers.Dense(classes)])


class BuiltHead(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3)
        self.flatten = layers.Flatten()
        self.head = make_head(3)

    def call(self, x):
        return self.head(self.flatten(self.conv(x)))
