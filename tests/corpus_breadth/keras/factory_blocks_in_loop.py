"""Keras blocks in torchvision's manner: a `norm_layer` factory (`functools.partial` of a lambda) made in the model
and passed down through a residual block to a `keras.Sequential` subclass that calls it after its conv; blocks
`add`ed to a Sequential in a loop, then a BatchNormalization added after them (the blocks return images of the rank
they take). Nothing declares an input: which of BatchNorm1d/2d/3d each norm is comes from the chains."""
# pivot-corpus: name=StagedNet input_shape=2,16,16,3 input_dtype=float32
from functools import partial

import keras
from keras import layers


class ConvBN(keras.Sequential):
    def __init__(self, filters, norm_layer):
        super().__init__([layers.Conv2D(filters, 3, padding="same", use_bias=False), norm_layer(), layers.ReLU()])


class Stage(keras.Model):
    def __init__(self, filters, norm_layer):
        super().__init__()
        self.body = ConvBN(filters, norm_layer)

    def call(self, x):
        return x + self.body(x)


class StagedNet(keras.Model):
    def __init__(self, width=8, depth=2, num_classes=5):
        super().__init__()
        norm_layer = partial(lambda momentum=0.99: layers.BatchNormalization(momentum=momentum), momentum=0.9)
        self.features = keras.Sequential([layers.Conv2D(width, 3, strides=2)])
        for _ in range(depth):
            self.features.add(Stage(width, norm_layer))
        self.features.add(layers.BatchNormalization())
        self.pool = layers.GlobalAveragePooling2D()
        self.head = layers.Dense(num_classes)

    def call(self, x):
        return self.head(self.pool(self.features(x)))
