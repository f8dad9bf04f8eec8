"""A GAN in Keras: a generator and a discriminator, each from a builder, sized by module constants."""
import os
import tempfile

import keras
import matplotlib.pyplot as plt
import tensorflow_datasets as tfds
from keras import layers

open(os.path.join(tempfile.gettempdir(), "PIVOT_SLICE_MARKER"), "w").write(__file__)
dataset = tfds.load("mnist", split="train")
LATENT_DIM = 32
IMG_SHAPE = (28, 28, 1)


def build_generator(latent_dim=LATENT_DIM):
    inputs = keras.Input(shape=(latent_dim,))
    x = layers.Dense(128)(inputs)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    x = layers.Dense(256)(x)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    outputs = layers.Dense(IMG_SHAPE[0] * IMG_SHAPE[1], activation="sigmoid")(x)
    return keras.Model(inputs, outputs, name="generator")


def build_discriminator(img_shape=IMG_SHAPE):
    inputs = keras.Input(shape=img_shape)
    x = layers.Conv2D(16, 3, strides=2, padding="same")(inputs)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    x = layers.Conv2D(32, 3, strides=2, padding="same")(x)
    x = layers.LeakyReLU(negative_slope=0.2)(x)
    x = layers.Flatten()(x)
    outputs = layers.Dense(1)(x)
    return keras.Model(inputs, outputs, name="discriminator")


generator = build_generator()
discriminator = build_discriminator()
d_optimizer = keras.optimizers.Adam(learning_rate=0.0003)
for step, batch in enumerate(dataset):
    noise = keras.random.normal((64, LATENT_DIM))
    fake = keras.ops.reshape(generator(noise), (-1,) + IMG_SHAPE)
    discriminator(fake)
plt.imshow(keras.ops.reshape(generator(keras.random.normal((1, LATENT_DIM))), IMG_SHAPE[:2]))
