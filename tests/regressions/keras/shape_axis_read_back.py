"""wb7: `keras.ops.shape(x)[1]` of a channels-last sequence (its length) was read back as `x.shape[1]` unmoved, the
channels of the channels-first PyTorch tensor: exit 0 and outputs off by 0.63. It now moves with the layout as
`x.shape[1]` does (`x.shape[2]` in PyTorch)."""
# pivot-corpus: name=ScaleNet input_shape=2,20,3
import keras
from keras import layers


class ScaleNet(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv1D(8, 3)
        self.fc = layers.Dense(2)

    def call(self, x):
        x = self.conv(x)
        x = x / keras.ops.cast(keras.ops.shape(x)[1], "float32")
        x = keras.ops.sum(x, axis=1)
        return self.fc(x)
