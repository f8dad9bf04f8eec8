"""CBAM as in kobiso/CBAM-keras attention_module.py (Keras 2 style, narrower): channel_attention with shared Dense
layers applied to GlobalAveragePooling2D and GlobalMaxPooling2D outputs reshaped to (1, 1, C), `Add()`,
Activation('sigmoid'), `multiply([input_feature, cbam_feature])`; spatial_attention with
`Lambda(lambda x: K.mean(x, axis=3, keepdims=True))` / `K.max`, Concatenate(axis=3) and a 7x7 sigmoid Conv2D."""
# pivot-corpus: name=model input_shape=2,16,16,16
from tensorflow.keras import backend as K
from tensorflow.keras.layers import (Activation, Add, Concatenate, Conv2D, Dense, GlobalAveragePooling2D,
                                     GlobalMaxPooling2D, Input, Lambda, Reshape, multiply)
from tensorflow.keras.models import Model


def channel_attention(input_feature, ratio=8):
    channel = input_feature.shape[-1]

    shared_layer_one = Dense(channel // ratio, activation='relu', kernel_initializer='he_normal',
                             use_bias=True, bias_initializer='zeros')
    shared_layer_two = Dense(channel, kernel_initializer='he_normal', use_bias=True, bias_initializer='zeros')

    avg_pool = GlobalAveragePooling2D()(input_feature)
    avg_pool = Reshape((1, 1, channel))(avg_pool)
    avg_pool = shared_layer_one(avg_pool)
    avg_pool = shared_layer_two(avg_pool)

    max_pool = GlobalMaxPooling2D()(input_feature)
    max_pool = Reshape((1, 1, channel))(max_pool)
    max_pool = shared_layer_one(max_pool)
    max_pool = shared_layer_two(max_pool)

    cbam_feature = Add()([avg_pool, max_pool])
    cbam_feature = Activation('sigmoid')(cbam_feature)

    return multiply([input_feature, cbam_feature])


def spatial_attention(input_feature):
    kernel_size = 7
    cbam_feature = input_feature

    avg_pool = Lambda(lambda x: K.mean(x, axis=3, keepdims=True))(cbam_feature)
    max_pool = Lambda(lambda x: K.max(x, axis=3, keepdims=True))(cbam_feature)
    concat = Concatenate(axis=3)([avg_pool, max_pool])
    cbam_feature = Conv2D(filters=1, kernel_size=kernel_size, strides=1, padding='same', activation='sigmoid',
                          kernel_initializer='he_normal', use_bias=False)(concat)

    return multiply([input_feature, cbam_feature])


def cbam_block(cbam_feature, ratio=8):
    cbam_feature = channel_attention(cbam_feature, ratio)
    cbam_feature = spatial_attention(cbam_feature)
    return cbam_feature


inp = Input(shape=(16, 16, 16))
x = Conv2D(16, 3, padding='same', activation='relu')(inp)
x = cbam_block(x)
x = GlobalAveragePooling2D()(x)
out = Dense(5, activation='softmax')(x)
model = Model(inp, out)
