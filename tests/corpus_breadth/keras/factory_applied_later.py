"""Layer factories applied later (issue 12): a helper returns a configured Conv2D (`conv_bn(16)`) that the
functional builders apply to a tensor afterwards (`conv_bn(filters)(x)`), in residual blocks unrolled by a loop."""
# pivot-corpus: name=build_model input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


def conv_bn(filters, kernel_size=3, strides=1):
    return layers.Conv2D(filters, kernel_size, strides=strides, padding="same", use_bias=False)


def residual_block(x, filters):
    shortcut = x
    x = conv_bn(filters)(x)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = conv_bn(filters)(x)
    x = layers.BatchNormalization()(x)
    return layers.ReLU()(layers.add([x, shortcut]))


def build_model(input_shape=(16, 16, 3), num_classes=4):
    inputs = keras.Input(shape=input_shape)
    x = conv_bn(16)(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    for _ in range(2):
        x = residual_block(x, 16)
    x = conv_bn(32, kernel_size=1, strides=2)(x)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(num_classes)(x))
