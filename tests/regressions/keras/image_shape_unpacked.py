"""Issue 10: unpacking an image's shape lists its axes in Keras's order: the names are put in PyTorch's order
(`batch, channels, height, width = h.shape`), never copied through in the wrong order."""
# pivot-corpus: name=ShapeUnpacked input_shape=2,6,6,3 input_dtype=float32
import keras
from keras import layers


class ShapeUnpacked(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(5, 3)
        self.fc = layers.Dense(2)

    def call(self, x):
        h = self.conv(x)
        batch, height, width, channels = h.shape
        return self.fc(keras.ops.reshape(h, (-1, height * width * channels))) * (channels / height)
