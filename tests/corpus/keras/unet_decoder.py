"""A tiny U-Net: conv encoder, Conv2DTranspose upsampling and a concatenated skip connection."""
# pivot-corpus: name=build_tiny_unet input_shape=2,32,32,3
import keras
from keras import layers


def build_tiny_unet(num_classes=2):
    inputs = keras.Input(shape=(32, 32, 3))

    # encoder
    e1 = layers.Conv2D(16, 3, padding="same", activation="relu")(inputs)   # 32x32
    p1 = layers.MaxPooling2D()(e1)                                          # 16x16
    e2 = layers.Conv2D(32, 3, padding="same", activation="relu")(p1)
    p2 = layers.MaxPooling2D()(e2)                                          # 8x8

    # bottleneck
    b = layers.Conv2D(64, 3, padding="same", activation="relu")(p2)

    # decoder
    u2 = layers.Conv2DTranspose(32, 2, strides=2, padding="same")(b)        # 16x16
    u2 = layers.concatenate([u2, e2])
    d2 = layers.Conv2D(32, 3, padding="same", activation="relu")(u2)
    u1 = layers.Conv2DTranspose(16, kernel_size=4, strides=2, padding="same", use_bias=False)(d2)  # 32x32
    u1 = layers.concatenate([u1, e1])
    d1 = layers.Conv2D(16, 3, padding="same", activation="relu")(u1)

    outputs = layers.Conv2D(num_classes, 1, activation="softmax")(d1)
    return keras.Model(inputs, outputs, name="tiny_unet")
