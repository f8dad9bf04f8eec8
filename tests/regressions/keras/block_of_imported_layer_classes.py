"""uk5 (k5_inception_concat_towers, k5_resnet_layers_add): a functional block written with layer classes imported by
name (`from tensorflow.keras.layers import Conv2D`) was not recognised as a block (only `layers.Conv2D(...)(x)` was),
so it was migrated as an opaque helper with an error; here both forms: `Conv2D(...)(x)` and `conv = Conv2D(...)`
then `conv(x)` (the Keras CIFAR-10 ResNet's resnet_layer)."""
# pivot-corpus: name=model input_shape=2,8,8,3 input_dtype=float32
from tensorflow.keras.layers import Input, Conv2D, BatchNormalization, Activation, GlobalAveragePooling2D, Dense, add
from tensorflow.keras.models import Model


def conv_bn(inputs, filters, kernel_size=3):
    conv = Conv2D(filters, kernel_size=kernel_size, padding="same")
    x = conv(inputs)
    return BatchNormalization()(x)


def block(x, filters):
    y = Activation("relu")(conv_bn(x, filters))
    y = conv_bn(y, filters)
    return Activation("relu")(add([Conv2D(filters, 1)(x), y]))


inp = Input(shape=(8, 8, 3))
h = block(inp, 6)
out = Dense(2)(GlobalAveragePooling2D()(h))
model = Model(inp, out)
