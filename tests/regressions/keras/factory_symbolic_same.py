"""Issue 12: a layer factory with 'same' padding whose kernel and stride are its parameters (`strides=strides`),
rewritten in place and called in a Sequential with an int and a tuple kernel: was PIV105 symbolic 'same' padding;
now a `SamePadding` module computing TensorFlow's amounts from the parameters on each call."""
# pivot-corpus: name=build_model input_shape=2,15,15,3 input_dtype=float32
import keras
from keras import layers


def conv_same(filters, kernel_size=3, strides=1):
    return layers.Conv2D(filters, kernel_size, strides=strides, padding="same")


def pool_same(size, strides):
    return layers.MaxPooling2D(size, strides=strides, padding="same")


def build_model():
    return keras.Sequential([
        keras.Input(shape=(15, 15, 3)),
        conv_same(8),
        conv_same(8, kernel_size=(1, 3), strides=2),
        pool_same(3, 2),
        conv_same(4, kernel_size=4, strides=(2, 1)),
        layers.GlobalAveragePooling2D(),
    ])
