"""Issue 13: Keras constants for an image's channels, `self.add_weight(shape=(1, 1, 1, 3),
initializer=keras.initializers.Constant([[[[...]]]]), trainable=False)` (how Pivot writes a PyTorch buffer), were
refused (PIV105) and their values were not carried; they are PyTorch's frozen (1, 3, 1, 1) tensors of those values."""
# pivot-corpus: name=Normalized input_shape=2,8,8,3
import keras
from keras import layers


class Normalized(keras.Model):
    def __init__(self):
        super().__init__()
        self.mean = self.add_weight(shape=(1, 1, 1, 3), initializer=keras.initializers.Constant([[[[0.5, 0.25, -0.5]]]]),
                                    trainable=False, name="mean")
        self.scale = self.add_weight(shape=(1, 1, 3), initializer=keras.initializers.Constant(2.0), trainable=False,
                                     name="scale")
        self.conv = layers.Conv2D(4, 3, padding="same")
        self.pool = layers.GlobalAveragePooling2D()

    def call(self, x):
        x = (x - self.mean) * self.scale
        return self.pool(self.conv(x))
