"""keras.io "Enhanced Deep Residual Networks for single-image super-resolution" (EDSR), narrower: a
ResBlock(inputs) helper (Conv2D relu, Conv2D, `layers.Add()([inputs, x])`), an Upsampling helper with a Lambda
around `tf.nn.depth_to_space(x, block_size=2)`, Rescaling(scale=1.0 / 255) in and `layers.Rescaling(scale=255)` out,
a global skip `layers.Add()([x, x_new])`."""
# pivot-corpus: name=make_model input_shape=2,12,12,3
import tensorflow as tf
import keras
from keras import layers


def ResBlock(inputs):
    x = layers.Conv2D(16, 3, padding="same", activation="relu")(inputs)
    x = layers.Conv2D(16, 3, padding="same")(x)
    x = layers.Add()([inputs, x])
    return x


def Upsampling(inputs, factor=2, **kwargs):
    x = layers.Conv2D(16 * (factor ** 2), 3, padding="same", **kwargs)(inputs)
    x = layers.Lambda(lambda t: tf.nn.depth_to_space(t, block_size=factor))(x)
    return x


def make_model(num_filters, num_of_residual_blocks):
    input_layer = layers.Input(shape=(None, None, 3))
    x = layers.Rescaling(scale=1.0 / 255)(input_layer)
    x = x_new = layers.Conv2D(num_filters, 3, padding="same")(x)

    for _ in range(num_of_residual_blocks):
        x_new = ResBlock(x_new)

    x_new = layers.Conv2D(num_filters, 3, padding="same")(x_new)
    x = layers.Add()([x, x_new])

    x = Upsampling(x)
    x = layers.Conv2D(3, 3, padding="same")(x)

    output_layer = layers.Rescaling(scale=255)(x)
    return keras.Model(input_layer, output_layer)


model = make_model(num_filters=16, num_of_residual_blocks=2)
