"""A Keras squeeze-excitation layer of the file (no image layer of its own) that a residual block calls on its
channels-last images: `keras.ops.mean(x, axis=(1, 2))` and the (N, C) weights broadcast back by
`x * w[:, None, None, :]`. Its `keras.ops.moveaxis` of the weights (Pivot writes one for PyTorch's
`w[:, :, None, None]`) was read as a layout change of the callers' images, so the layer was not told it takes
images: its mean and broadcast were read back unmoved (exit 0, a RuntimeError at the product in PyTorch; the way
back of b_se_resnet_mean_dims_none_index, wb3 in session 12). Only a permute of what may be the image counts."""
# pivot-corpus: name=SENet input_shape=2,8,8,3
import keras
from keras import layers


class SEBlock(keras.Model):
    def __init__(self, channels, reduction=4):
        super().__init__()
        self.fc1 = layers.Dense(channels // reduction)
        self.fc2 = layers.Dense(channels)

    def call(self, x):
        w = keras.ops.mean(x, axis=(1, 2))
        w = keras.ops.sigmoid(self.fc2(keras.ops.relu(self.fc1(w))))
        return x * keras.ops.moveaxis(w[:, :, None, None], 1, -1)


class Block(keras.Model):
    def __init__(self, planes):
        super().__init__()
        self.conv = layers.Conv2D(planes, 3, padding="same")
        self.se = SEBlock(planes)

    def call(self, x):
        return keras.ops.relu(self.se(self.conv(x)) + x)


class SENet(keras.Model):
    def __init__(self):
        super().__init__()
        self.stem = layers.Conv2D(8, 3, padding="same")
        self.block = Block(8)
        self.head = layers.Dense(5)

    def call(self, x):
        x = self.block(self.stem(x))
        return self.head(keras.ops.mean(x, axis=(1, 2)))
