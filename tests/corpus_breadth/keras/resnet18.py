"""A narrow functional ResNet-18 for 32x32 images, built from basic_block/make_layer helper functions."""
# pivot-corpus: name=ResNet18 input_shape=2,32,32,3 input_dtype=float32
import keras
from keras import layers


def conv3x3(filters, strides=1):
    return layers.Conv2D(filters, 3, strides=strides, padding="same", use_bias=False,
                         kernel_initializer="he_normal")


def basic_block(x, filters, strides=1):
    shortcut = x
    if strides != 1 or x.shape[-1] != filters:
        shortcut = layers.Conv2D(filters, 1, strides=strides, use_bias=False)(x)
        shortcut = layers.BatchNormalization()(shortcut)

    x = conv3x3(filters, strides)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = conv3x3(filters)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Add()([x, shortcut])
    return layers.Activation("relu")(x)


def make_layer(x, filters, blocks, strides=1):
    x = basic_block(x, filters, strides)
    for _ in range(1, blocks):
        x = basic_block(x, filters)
    return x


def ResNet18(input_shape=(32, 32, 3), num_classes=10, widths=(16, 32, 64, 128)):
    inputs = keras.Input(shape=input_shape)
    x = conv3x3(widths[0])(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    for i, (filters, blocks) in enumerate(zip(widths, [2, 2, 2, 2])):
        x = make_layer(x, filters, blocks, strides=1 if i == 0 else 2)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs, name="resnet18")
