"""Small U-Net from a segmentation tutorial (e.g. "U-Net in Keras" blogs): double_conv_block / downsample_block /
upsample_block helpers, Conv2DTranspose(n_filters, 3, 2, padding="same") and `layers.concatenate([x, conv_features])`,
kernel_initializer="he_normal", a 1x1 softmax head."""
# pivot-corpus: name=build_unet_model input_shape=2,32,32,3
import tensorflow as tf
from tensorflow.keras import layers


def double_conv_block(x, n_filters):
    x = layers.Conv2D(n_filters, 3, padding="same", activation="relu", kernel_initializer="he_normal")(x)
    x = layers.Conv2D(n_filters, 3, padding="same", activation="relu", kernel_initializer="he_normal")(x)
    return x


def downsample_block(x, n_filters):
    f = double_conv_block(x, n_filters)
    p = layers.MaxPool2D(2)(f)
    p = layers.Dropout(0.3)(p)
    return f, p


def upsample_block(x, conv_features, n_filters):
    x = layers.Conv2DTranspose(n_filters, 3, 2, padding="same")(x)
    x = layers.concatenate([x, conv_features])
    x = layers.Dropout(0.3)(x)
    x = double_conv_block(x, n_filters)
    return x


def build_unet_model():
    inputs = layers.Input(shape=(32, 32, 3))
    f1, p1 = downsample_block(inputs, 8)
    f2, p2 = downsample_block(p1, 16)
    bottleneck = double_conv_block(p2, 32)
    u6 = upsample_block(bottleneck, f2, 16)
    u7 = upsample_block(u6, f1, 8)
    outputs = layers.Conv2D(3, 1, padding="same", activation="softmax")(u7)
    unet_model = tf.keras.Model(inputs, outputs, name="U-Net")
    return unet_model
