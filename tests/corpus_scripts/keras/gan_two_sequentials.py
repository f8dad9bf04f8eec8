"""A GAN's generator and discriminator as two module-level Sequential models, with data preparation between."""
import numpy as np
import keras
from keras import layers

latent_dim = 8
rng = np.random.default_rng(4)
angles = rng.uniform(0, 2 * np.pi, size=128)
real = np.stack([np.cos(angles), np.sin(angles)], axis=1).astype("float32")

generator = keras.Sequential(
    [
        keras.Input(shape=(latent_dim,)),
        layers.Dense(32),
        layers.LeakyReLU(negative_slope=0.2),
        layers.Dense(2),
    ],
    name="generator",
)
real = (real - real.mean(axis=0)) / real.std(axis=0)
discriminator = keras.Sequential(
    [
        keras.Input(shape=(2,)),
        layers.Dense(32, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ],
    name="discriminator",
)

discriminator.compile(optimizer=keras.optimizers.Adam(learning_rate=2e-4), loss="binary_crossentropy")
noise = rng.normal(size=(64, latent_dim)).astype("float32")
fake = generator.predict(noise, verbose=0)
points = np.concatenate([real[:64], fake])
is_real = np.concatenate([np.ones((64, 1)), np.zeros((64, 1))]).astype("float32")
discriminator.fit(points, is_real, batch_size=32, epochs=1)
print("fake sample:", np.round(fake[0], 3))
