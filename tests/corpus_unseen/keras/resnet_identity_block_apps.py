"""keras-applications ResNet50 style identity_block / conv_block helpers: bn_axis = 3, named layers built from
stage/block strings, ZeroPadding2D + strided 7x7 stem, layers.add + Activation('relu') (narrower, 32x32)."""
# pivot-corpus: name=build input_shape=2,32,32,3
from tensorflow.keras import layers, models

bn_axis = 3


def identity_block(input_tensor, kernel_size, filters, stage, block):
    filters1, filters2, filters3 = filters
    conv_name_base = "res" + str(stage) + block + "_branch"
    bn_name_base = "bn" + str(stage) + block + "_branch"

    x = layers.Conv2D(filters1, (1, 1), name=conv_name_base + "2a")(input_tensor)
    x = layers.BatchNormalization(axis=bn_axis, name=bn_name_base + "2a")(x)
    x = layers.Activation("relu")(x)

    x = layers.Conv2D(filters2, kernel_size, padding="same", name=conv_name_base + "2b")(x)
    x = layers.BatchNormalization(axis=bn_axis, name=bn_name_base + "2b")(x)
    x = layers.Activation("relu")(x)

    x = layers.Conv2D(filters3, (1, 1), name=conv_name_base + "2c")(x)
    x = layers.BatchNormalization(axis=bn_axis, name=bn_name_base + "2c")(x)

    x = layers.add([x, input_tensor])
    x = layers.Activation("relu")(x)
    return x


def conv_block(input_tensor, kernel_size, filters, stage, block, strides=(2, 2)):
    filters1, filters2, filters3 = filters
    conv_name_base = "res" + str(stage) + block + "_branch"
    bn_name_base = "bn" + str(stage) + block + "_branch"

    x = layers.Conv2D(filters1, (1, 1), strides=strides, name=conv_name_base + "2a")(input_tensor)
    x = layers.BatchNormalization(axis=bn_axis, name=bn_name_base + "2a")(x)
    x = layers.Activation("relu")(x)

    x = layers.Conv2D(filters2, kernel_size, padding="same", name=conv_name_base + "2b")(x)
    x = layers.BatchNormalization(axis=bn_axis, name=bn_name_base + "2b")(x)
    x = layers.Activation("relu")(x)

    x = layers.Conv2D(filters3, (1, 1), name=conv_name_base + "2c")(x)
    x = layers.BatchNormalization(axis=bn_axis, name=bn_name_base + "2c")(x)

    shortcut = layers.Conv2D(filters3, (1, 1), strides=strides, name=conv_name_base + "1")(input_tensor)
    shortcut = layers.BatchNormalization(axis=bn_axis, name=bn_name_base + "1")(shortcut)

    x = layers.add([x, shortcut])
    x = layers.Activation("relu")(x)
    return x


def build():
    img_input = layers.Input(shape=(32, 32, 3))
    x = layers.ZeroPadding2D(padding=(3, 3), name="conv1_pad")(img_input)
    x = layers.Conv2D(8, (7, 7), strides=(2, 2), padding="valid", name="conv1")(x)
    x = layers.BatchNormalization(axis=bn_axis, name="bn_conv1")(x)
    x = layers.Activation("relu")(x)
    x = layers.ZeroPadding2D(padding=(1, 1), name="pool1_pad")(x)
    x = layers.MaxPooling2D((3, 3), strides=(2, 2))(x)

    x = conv_block(x, 3, [8, 8, 16], stage=2, block="a", strides=(1, 1))
    x = identity_block(x, 3, [8, 8, 16], stage=2, block="b")
    x = conv_block(x, 3, [16, 16, 32], stage=3, block="a")
    x = identity_block(x, 3, [16, 16, 32], stage=3, block="b")

    x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    x = layers.Dense(10, activation="softmax", name="fc10")(x)
    return models.Model(img_input, x, name="resnet_small")
