"""Squeeze-and-excitation written the "Keras SENet" way: GlobalAveragePooling2D, Reshape((1, 1, filters)),
Dense(filters // ratio, use_bias=False, kernel_initializer='he_normal'), sigmoid Dense, `multiply([init, se])`;
grouped Conv2D(groups=4) in the ResNeXt branch and an `add` skip."""
# pivot-corpus: name=model input_shape=2,16,16,16
from tensorflow.keras.layers import (Input, Conv2D, BatchNormalization, Activation, GlobalAveragePooling2D, Reshape,
                                     Dense, multiply, add, Flatten)
from tensorflow.keras.models import Model


def squeeze_excite_block(tensor, ratio=4):
    init = tensor
    filters = init.shape[-1]
    se_shape = (1, 1, filters)
    se = GlobalAveragePooling2D()(init)
    se = Reshape(se_shape)(se)
    se = Dense(filters // ratio, activation='relu', kernel_initializer='he_normal', use_bias=False)(se)
    se = Dense(filters, activation='sigmoid', kernel_initializer='he_normal', use_bias=False)(se)
    x = multiply([init, se])
    return x


def resnext_block(x, filters, cardinality=4):
    shortcut = x
    y = Conv2D(filters, (1, 1), padding='same', use_bias=False)(x)
    y = BatchNormalization()(y)
    y = Activation('relu')(y)
    y = Conv2D(filters, (3, 3), padding='same', groups=cardinality, use_bias=False)(y)
    y = BatchNormalization()(y)
    y = Activation('relu')(y)
    y = Conv2D(filters, (1, 1), padding='same', use_bias=False)(y)
    y = BatchNormalization()(y)
    y = squeeze_excite_block(y)
    y = add([shortcut, y])
    return Activation('relu')(y)


inp = Input(shape=(16, 16, 16))
h = resnext_block(inp, 16)
h = resnext_block(h, 16)
h = Conv2D(4, 1)(h)
h = Flatten()(h)
out = Dense(3)(h)
model = Model(inp, out)
