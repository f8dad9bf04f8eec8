"""The conv-BN-ReLU idiom of keras.applications and countless repos: `Conv2D(..., use_bias=False)` (the bias is
redundant before BatchNormalization), `BatchNormalization(momentum=0.9, epsilon=1e-5)`, `ReLU()`, written as a
helper `conv_bn_relu(x, filters, kernel_size, strides)` called by a small builder `build_net(num_classes)` with a
strided stem, a `SeparableConv2D(use_bias=False)` stage and GlobalAveragePooling2D."""
# pivot-corpus: name=build_net input_shape=2,32,32,3
from tensorflow import keras
from tensorflow.keras import layers


def conv_bn_relu(x, filters, kernel_size=3, strides=1):
    x = layers.Conv2D(filters, kernel_size, strides=strides, padding='same', use_bias=False)(x)
    x = layers.BatchNormalization(momentum=0.9, epsilon=1e-5)(x)
    return layers.ReLU()(x)


def build_net(num_classes=10):
    inputs = keras.Input(shape=(32, 32, 3))
    x = conv_bn_relu(inputs, 16, 3, strides=2)
    x = conv_bn_relu(x, 32)
    x = layers.SeparableConv2D(32, 3, padding='same', use_bias=False)(x)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = conv_bn_relu(x, 64, 1)
    x = layers.GlobalAveragePooling2D()(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)


model = build_net()
