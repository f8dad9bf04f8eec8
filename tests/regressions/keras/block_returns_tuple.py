"""uk6 (k5_unet_conv2dtranspose_concat): a functional block returning a tuple (`return pooled, skip`), itself
calling a block that returns a tuple, unpacked by its caller (`p1, s1 = down(inputs, 4)`): each name is bound to
the block's value in order (it was read as one value, then unpacked by index: PIV103 on the next block's conv)."""
# pivot-corpus: name=build input_shape=2,16,16,3 input_dtype=float32
import keras
from keras import layers


def conv_pair(x, n):
    a = layers.Conv2D(n, 3, padding="same", activation="relu")(x)
    b = layers.Conv2D(n, 1)(a)
    return b, a


def down(x, n):
    skip, first = conv_pair(x, n)
    pooled = layers.AveragePooling2D(2)(skip)
    return pooled, layers.Add()([skip, first])


def build():
    inputs = keras.Input(shape=(16, 16, 3))
    p1, s1 = down(inputs, 4)
    p2, s2 = down(p1, 8)
    u = layers.UpSampling2D(2)(p2)
    u = layers.Concatenate()([u, s2])
    u = layers.Conv2DTranspose(4, 3, strides=2, padding="same")(u)
    u = layers.Concatenate()([u, s1])
    return keras.Model(inputs, layers.Conv2D(2, 1)(u))
