"""Hands-On ML ch. 17 "Convolutional Autoencoders": conv_encoder / conv_decoder Sequentials with upper-case
padding="SAME" / "VALID", Reshape([28, 28, 1], input_shape=[28, 28]), selu Conv2D, MaxPool2D, Conv2DTranspose
with strides=2 and input_shape on the decoder's first layer, composed as `keras.models.Sequential([conv_encoder,
conv_decoder])`."""
# pivot-corpus: name=conv_ae input_shape=2,28,28
from tensorflow import keras

conv_encoder = keras.models.Sequential([
    keras.layers.Reshape([28, 28, 1], input_shape=[28, 28]),
    keras.layers.Conv2D(16, kernel_size=3, padding="SAME", activation="selu"),
    keras.layers.MaxPool2D(pool_size=2),
    keras.layers.Conv2D(32, kernel_size=3, padding="SAME", activation="selu"),
    keras.layers.MaxPool2D(pool_size=2),
    keras.layers.Conv2D(64, kernel_size=3, padding="SAME", activation="selu"),
    keras.layers.MaxPool2D(pool_size=2)
])
conv_decoder = keras.models.Sequential([
    keras.layers.Conv2DTranspose(32, kernel_size=3, strides=2, padding="VALID", activation="selu",
                                 input_shape=[3, 3, 64]),
    keras.layers.Conv2DTranspose(16, kernel_size=3, strides=2, padding="SAME", activation="selu"),
    keras.layers.Conv2DTranspose(1, kernel_size=3, strides=2, padding="SAME", activation="sigmoid"),
    keras.layers.Reshape([28, 28])
])
conv_ae = keras.models.Sequential([conv_encoder, conv_decoder])
