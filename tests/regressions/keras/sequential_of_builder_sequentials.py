"""uk10 (k7_nin_mlpconv_gap): a Sequential whose first layer is a Sequential a function of the file returns
(d2l's NiN: `keras.Sequential([nin_block(...), MaxPool2D(...), ...])`) takes that block's images: the pooling
after it reads an image of its rank (was PIV103 'its rank is not known statically'), and so do the global
pooling and the Dense after the second block."""
# pivot-corpus: name=net input_shape=2,12,12,3 input_dtype=float32
import keras
from keras import layers


def conv_block(filters, kernel_size, strides):
    return keras.Sequential([
        layers.Conv2D(filters, kernel_size, strides=strides, padding="same", activation="relu"),
        layers.Conv2D(filters, 1, activation="relu"),
    ])


def net():
    return keras.Sequential([
        conv_block(6, 3, 1),
        layers.MaxPool2D(pool_size=2, strides=2),
        conv_block(4, 3, 1),
        layers.GlobalAveragePooling2D(),
        layers.Dense(5),
    ])
