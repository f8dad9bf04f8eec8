"""Blocks written as `keras.Sequential` subclasses (the Keras mirror of torchvision's `Conv2dNormActivation`): a
conv-norm-activation block filled from a list built with `append` under conditions, its norm made by a factory
given as a default argument; a transition whose BatchNormalization comes first (the conv after it tells its
rank); layers assigned to attributes and added in order; a model applying a Sequential that starts with such a
block. None declares an input: which of BatchNorm1d/2d/3d each norm is comes from the chain it runs in."""
# pivot-corpus: name=SmallNet input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


class ConvNormAct(keras.Sequential):
    def __init__(self, filters, kernel_size=3, strides=1, norm_layer=lambda: layers.BatchNormalization(), act=True):
        block = [layers.Conv2D(filters, kernel_size, strides=strides, use_bias=False)]
        if norm_layer is not None:
            block.append(norm_layer())
        if act:
            block.append(layers.ReLU())
        super().__init__(block)


class Transition(keras.Sequential):
    def __init__(self, filters):
        super().__init__([layers.BatchNormalization(), layers.ReLU(), layers.Conv2D(filters, 1),
                          layers.AveragePooling2D(2)])


class Head(keras.Sequential):
    def __init__(self, num_classes):
        super().__init__()
        self.pool = layers.GlobalAveragePooling2D()
        self.add(self.pool)
        self.norm = layers.BatchNormalization()
        self.add(self.norm)
        self.fc = layers.Dense(num_classes)
        self.add(self.fc)


class SmallNet(keras.Model):
    def __init__(self, num_classes=10):
        super().__init__()
        stages = [ConvNormAct(16, strides=2)]
        stages.append(ConvNormAct(16))
        stages.append(Transition(24))
        self.features = keras.Sequential([*stages])
        self.head = Head(num_classes)

    def call(self, x):
        return self.head(self.features(x))
