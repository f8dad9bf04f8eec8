"""uk6 (k5_wgan_critic_functional): a Keras layer passed to a functional block (`activation=layers.LeakyReLU(0.2)`,
`norm=layers.BatchNormalization()`, or a variable holding a Dense applied twice: its weights shared) and applied
in the block as `activation(x)`: built at the call, before the block's own layers, as Keras builds it (was PIV102
on `activation(x)`); `keras.Input(shape=IMG_SHAPE)` of a module constant declares the input's sizes."""
# pivot-corpus: name=build input_shape=2,12,12,3 input_dtype=float32
import keras
from keras import layers

IMG_SHAPE = (12, 12, 3)


def conv_block(x, filters, activation, norm=None, strides=1):
    x = layers.Conv2D(filters, 3, strides=strides, padding="same")(x)
    x = norm(x)
    return activation(x)


def head(x, dense):
    x = dense(x)
    x = layers.ReLU()(x)
    return dense(x)


def build():
    inputs = layers.Input(shape=IMG_SHAPE)
    x = conv_block(inputs, 4, layers.LeakyReLU(0.2), norm=layers.BatchNormalization(), strides=2)
    x = conv_block(x, 8, activation=layers.ReLU(max_value=6.0), norm=layers.LayerNormalization())
    x = layers.GlobalAveragePooling2D()(x)
    shared = layers.Dense(8)
    x = head(x, shared)
    return keras.Model(inputs, layers.Dense(2)(x))
