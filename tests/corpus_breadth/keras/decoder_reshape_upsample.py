"""A generator/decoder in the style of keras.io's DCGAN and VAE examples: Dense, Reshape to a channels-last
image, UpSampling2D and convolutions; then a 1-D branch with UpSampling1D, Cropping1D and Permute."""
# pivot-corpus: name=build_decoder input_shape=2,16
import keras
from keras import layers


def build_decoder(latent_dim=16):
    latent = keras.Input(shape=(latent_dim,))
    x = layers.Dense(7 * 7 * 8, activation="relu")(latent)
    x = layers.Reshape((7, 7, 8))(x)
    x = layers.UpSampling2D()(x)                                   # 14x14
    x = layers.Conv2D(8, 3, padding="same", activation="relu")(x)
    image = layers.Conv2D(1, 3, padding="same", activation="sigmoid")(x)
    s = layers.Dense(24)(latent)
    s = layers.Reshape((6, 4))(s)                                  # (steps, channels)
    s = layers.UpSampling1D(size=3)(s)                             # 18 steps
    s = layers.Conv1D(4, 3, padding="same", activation="relu")(s)
    s = layers.Cropping1D((1, 2))(s)                               # 15 steps
    s = layers.Permute((2, 1))(s)                                  # (4, 15), read channels-first in PyTorch
    s = layers.Flatten()(s)
    return keras.Model(latent, [image, layers.Dense(3)(s)])
