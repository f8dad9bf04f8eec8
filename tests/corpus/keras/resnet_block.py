"""A small ResNet with an identity-shortcut block and a strided block with a 1x1 projection shortcut."""
# pivot-corpus: name=build_resnet input_shape=2,32,32,3
import keras
from keras import layers


def build_resnet(num_classes=10):
    inputs = keras.Input(shape=(32, 32, 3))

    # stem
    x = layers.Conv2D(16, 3, padding="same", use_bias=False)(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)

    # block 1: identity shortcut
    shortcut = x
    y = layers.Conv2D(16, 3, padding="same", use_bias=False)(x)
    y = layers.BatchNormalization()(y)
    y = layers.Activation("relu")(y)
    y = layers.Conv2D(16, 3, padding="same", use_bias=False)(y)
    y = layers.BatchNormalization()(y)
    x = layers.Add()([y, shortcut])
    x = layers.Activation("relu")(x)

    # block 2: downsample, projection shortcut
    shortcut = layers.Conv2D(32, 1, strides=2, use_bias=False)(x)
    shortcut = layers.BatchNormalization()(shortcut)
    y = layers.Conv2D(32, 3, strides=2, padding="same", use_bias=False)(x)
    y = layers.BatchNormalization()(y)
    y = layers.Activation("relu")(y)
    y = layers.Conv2D(32, 3, padding="same", use_bias=False)(y)
    y = layers.BatchNormalization()(y)
    x = layers.Add()([y, shortcut])
    x = layers.Activation("relu")(x)

    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)
