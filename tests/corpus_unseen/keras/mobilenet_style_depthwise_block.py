"""keras.io / Keras-applications style MobileNet block written functionally: a _depthwise_conv_block(inputs,
pointwise_conv_filters, strides) helper with DepthwiseConv2D((3, 3), padding="same", use_bias=False),
BatchNormalization, ReLU(6.0), a 1x1 Conv2D; GlobalAveragePooling2D(keepdims=True), Reshape and Activation
softmax head."""
# pivot-corpus: name=model input_shape=2,32,32,3
import keras
from keras import layers


def _conv_block(inputs, filters, kernel=(3, 3), strides=(1, 1)):
    x = layers.Conv2D(filters, kernel, padding="same", use_bias=False, strides=strides, name="conv1")(inputs)
    x = layers.BatchNormalization(name="conv1_bn")(x)
    return layers.ReLU(6.0, name="conv1_relu")(x)


def _depthwise_conv_block(inputs, pointwise_conv_filters, strides=(1, 1), block_id=1):
    x = layers.DepthwiseConv2D((3, 3), padding="same", strides=strides, use_bias=False,
                               name="conv_dw_%d" % block_id)(inputs)
    x = layers.BatchNormalization(name="conv_dw_%d_bn" % block_id)(x)
    x = layers.ReLU(6.0, name="conv_dw_%d_relu" % block_id)(x)
    x = layers.Conv2D(pointwise_conv_filters, (1, 1), padding="same", use_bias=False, strides=(1, 1),
                      name="conv_pw_%d" % block_id)(x)
    x = layers.BatchNormalization(name="conv_pw_%d_bn" % block_id)(x)
    return layers.ReLU(6.0, name="conv_pw_%d_relu" % block_id)(x)


img_input = layers.Input(shape=(32, 32, 3))
x = _conv_block(img_input, 16, strides=(2, 2))
x = _depthwise_conv_block(x, 32, block_id=1)
x = _depthwise_conv_block(x, 64, strides=(2, 2), block_id=2)
x = layers.GlobalAveragePooling2D(keepdims=True)(x)
x = layers.Dropout(1e-3, name="dropout")(x)
x = layers.Conv2D(10, (1, 1), padding="same", name="conv_preds")(x)
x = layers.Reshape((10,), name="reshape_2")(x)
x = layers.Activation(activation="softmax", name="predictions")(x)
model = keras.Model(img_input, x, name="mobilenet_small")
