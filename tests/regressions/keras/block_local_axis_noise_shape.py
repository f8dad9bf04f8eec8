"""uk8 (k6_efficientnet_mbconv_se_noise_shape): a functional block binding `channel_axis = 3` at its top and
passing it as `BatchNormalization(axis=channel_axis)` (keras.applications' style; was PIV105 "only the default
axis=-1" from the block's own reading), and `Dropout(rate, noise_shape=...)` (a shared mask in training, the
identity at inference: a PIV203 note, was PIV103)."""
# pivot-corpus: name=model input_shape=2,8,8,4 input_dtype=float32
import keras
from keras import layers


def conv_bn(x, filters, rate):
    channel_axis = 3
    x = layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
    x = layers.BatchNormalization(axis=channel_axis, epsilon=1e-3)(x)
    x = layers.Activation("relu")(x)
    return layers.Dropout(rate, noise_shape=(None, 1, 1, filters))(x)


inputs = keras.Input(shape=(8, 8, 4))
x = conv_bn(inputs, 6, 0.2)
x = conv_bn(x, 5, 0.1)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(3)(x)
model = keras.Model(inputs, outputs)
