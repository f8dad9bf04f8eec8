"""keras.io "image classification from scratch" (mini Xception): SeparableConv2D blocks with a strided 1x1
residual, and a DepthwiseConv2D with a depth multiplier."""
# pivot-corpus: name=make_model input_shape=2,32,32,3
import keras
from keras import layers


def make_model(num_classes=4):
    inputs = keras.Input(shape=(32, 32, 3))
    x = layers.Conv2D(16, 3, strides=2, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    previous = x
    x = layers.SeparableConv2D(32, 3, padding="same")(x)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.SeparableConv2D(32, 3, padding="same", depth_multiplier=2, use_bias=False)(x)
    x = layers.MaxPooling2D(3, strides=2, padding="same")(x)
    residual = layers.Conv2D(32, 1, strides=2, padding="same")(previous)
    x = layers.add([x, residual])
    x = layers.DepthwiseConv2D(3, depth_multiplier=2, padding="valid")(x)
    x = layers.SeparableConv2D(24, (3, 3), strides=(2, 2), padding="valid", activation="relu")(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.5)(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)

