"""Keras 2 GAN scripts (eriklindernoren/Keras-GAN `gan.py`, Chollet's DLwP ch. 8 GAN): `generator =
build_generator()` and `discriminator = build_discriminator()` as Sequential models, then the combined model
`z = Input(shape=(latent_dim,))`, `img = generator(z)`, `validity = discriminator(img)`, `combined = Model(z,
validity)` (a model calling two models)."""
# pivot-corpus: name=combined input_shape=2,10
from keras.layers import Input, Dense, Reshape, Flatten
from keras.layers import BatchNormalization, LeakyReLU
from keras.models import Sequential, Model

latent_dim = 10
img_shape = (8, 8, 1)


def build_generator():
    model = Sequential()
    model.add(Input(shape=(latent_dim,)))
    model.add(Dense(32))
    model.add(LeakyReLU(negative_slope=0.2))
    model.add(BatchNormalization(momentum=0.8))
    model.add(Dense(64, activation='tanh'))
    model.add(Reshape(img_shape))
    return model


def build_discriminator():
    model = Sequential()
    model.add(Input(shape=img_shape))
    model.add(Flatten())
    model.add(Dense(32))
    model.add(LeakyReLU(negative_slope=0.2))
    model.add(Dense(1, activation='sigmoid'))
    return model


generator = build_generator()
discriminator = build_discriminator()
z = Input(shape=(latent_dim,))
img = generator(z)
validity = discriminator(img)
combined = Model(z, validity)
