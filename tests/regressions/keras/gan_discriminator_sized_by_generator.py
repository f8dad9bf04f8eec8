"""uk10: a DCGAN-style GAN of builders (`keras.Sequential([build_generator(), build_discriminator()])`) whose
discriminator declares no input and flattens its conv's image into a Dense: alone its sizes are unknown, in the
GAN the generator's images size it. Verify copied that Dense's weights unpermuted (WeightError 'a flattened image
of 8 channels and spatial sizes (None, None) not known statically'; each half verified alone): the weight copy
now reads each nested model with the input shape it was built with where the whole model runs."""
# pivot-corpus: name=build_gan input_shape=2,8 input_dtype=float32
import keras
from keras import layers

latent_dim = 8


def build_generator():
    return keras.Sequential([
        keras.Input(shape=(latent_dim,)),
        layers.Dense(4 * 4 * 8),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Reshape((4, 4, 8)),
        layers.Conv2DTranspose(8, 4, strides=2, padding="same"),
        layers.Conv2D(3, 3, padding="same", activation="sigmoid"),
    ])


def build_discriminator():
    return keras.Sequential([
        layers.Conv2D(8, 3, strides=2, padding="same"),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Flatten(),
        layers.Dropout(0.2),
        layers.Dense(1, activation="sigmoid"),
    ])


def build_gan():
    return keras.Sequential([build_generator(), build_discriminator()])
