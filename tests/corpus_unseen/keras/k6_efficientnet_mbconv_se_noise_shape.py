"""keras.applications efficientnet.py `block()` written out (narrower): expansion Conv2D(1, padding="same",
use_bias=False, kernel_initializer=CONV_KERNEL_INITIALIZER dict), DepthwiseConv2D with depthwise_initializer,
squeeze-and-excitation with GlobalAveragePooling2D, Reshape((1, 1, filters)), Conv2D(filters_se, 1,
activation="swish") / Conv2D(filters, 1, activation="sigmoid"), `layers.multiply([x, se])`, and
`layers.Dropout(drop_rate, noise_shape=(None, 1, 1, 1))` before `layers.add([x, inputs])`."""
# pivot-corpus: name=model input_shape=2,16,16,16
import keras
from keras import layers

CONV_KERNEL_INITIALIZER = {
    "class_name": "VarianceScaling",
    "config": {"scale": 2.0, "mode": "fan_out", "distribution": "truncated_normal"},
}


def block(inputs, activation="swish", drop_rate=0.0, name="", filters_in=32, filters_out=16, kernel_size=3,
          strides=1, expand_ratio=1, se_ratio=0.0, id_skip=True):
    bn_axis = 3

    # Expansion phase
    filters = filters_in * expand_ratio
    if expand_ratio != 1:
        x = layers.Conv2D(filters, 1, padding="same", use_bias=False, kernel_initializer=CONV_KERNEL_INITIALIZER,
                          name=name + "expand_conv")(inputs)
        x = layers.BatchNormalization(axis=bn_axis, name=name + "expand_bn")(x)
        x = layers.Activation(activation, name=name + "expand_activation")(x)
    else:
        x = inputs

    # Depthwise Convolution
    x = layers.DepthwiseConv2D(kernel_size, strides=strides, padding="same", use_bias=False,
                               depthwise_initializer=CONV_KERNEL_INITIALIZER, name=name + "dwconv")(x)
    x = layers.BatchNormalization(axis=bn_axis, name=name + "bn")(x)
    x = layers.Activation(activation, name=name + "activation")(x)

    # Squeeze and Excitation phase
    if 0 < se_ratio <= 1:
        filters_se = max(1, int(filters_in * se_ratio))
        se = layers.GlobalAveragePooling2D(name=name + "se_squeeze")(x)
        se_shape = (1, 1, filters)
        se = layers.Reshape(se_shape, name=name + "se_reshape")(se)
        se = layers.Conv2D(filters_se, 1, padding="same", activation=activation,
                           kernel_initializer=CONV_KERNEL_INITIALIZER, name=name + "se_reduce")(se)
        se = layers.Conv2D(filters, 1, padding="same", activation="sigmoid",
                           kernel_initializer=CONV_KERNEL_INITIALIZER, name=name + "se_expand")(se)
        x = layers.multiply([x, se], name=name + "se_excite")

    # Output phase
    x = layers.Conv2D(filters_out, 1, padding="same", use_bias=False, kernel_initializer=CONV_KERNEL_INITIALIZER,
                      name=name + "project_conv")(x)
    x = layers.BatchNormalization(axis=bn_axis, name=name + "project_bn")(x)
    if id_skip and strides == 1 and filters_in == filters_out:
        if drop_rate > 0:
            x = layers.Dropout(drop_rate, noise_shape=(None, 1, 1, 1), name=name + "drop")(x)
        x = layers.add([x, inputs], name=name + "add")
    return x


img_input = layers.Input(shape=(16, 16, 16))
x = block(img_input, drop_rate=0.2, name="block1a_", filters_in=16, filters_out=16, expand_ratio=6,
          se_ratio=0.25)
x = block(x, drop_rate=0.2, name="block1b_", filters_in=16, filters_out=24, strides=2, expand_ratio=6,
          se_ratio=0.25)
x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
x = layers.Dense(10, activation="softmax", name="predictions")(x)
model = keras.Model(img_input, x, name="efficientnet_block_demo")
