"""'same' transposed convolutions whose kernel minus stride is odd (3 at stride 2, 2 at stride 1, 7 at stride 2 in
1-D): TensorFlow keeps the full output from (kernel - stride) // 2 on; PyTorch's padding=1, output_padding=1 kept it
from 1, a one-pixel shift that migrated with exit 0 (keras.io's denoising autoencoder, max abs diff 0.07)."""
# pivot-corpus: name=make_model input_shape=2,7,7,4
import keras
from keras import layers


def make_model():
    inputs = keras.Input(shape=(7, 7, 4))
    x = layers.Conv2DTranspose(8, 3, strides=2, padding="same", activation="relu")(inputs)
    x = layers.Conv2DTranspose(8, 2, padding="same")(x)
    x = layers.Conv2DTranspose(4, (3, 4), strides=(2, 2), padding="same")(x)
    x = layers.Reshape((28 * 28, 4))(x)
    outputs = layers.Conv1DTranspose(2, 7, strides=2, padding="same")(x)
    return keras.Model(inputs, outputs)
