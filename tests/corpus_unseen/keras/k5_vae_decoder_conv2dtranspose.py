"""keras.io "Variational AutoEncoder" decoder: keras.Input(shape=(latent_dim,)), Dense(7 * 7 * 64), Reshape((7, 7,
64)), Conv2DTranspose(64/32, 3, strides=2, padding="same"), a sigmoid Conv2DTranspose(1, 3) output, named
"decoder"."""
# pivot-corpus: name=decoder input_shape=2,2
import keras
from keras import layers

latent_dim = 2

latent_inputs = keras.Input(shape=(latent_dim,))
x = layers.Dense(7 * 7 * 16, activation="relu")(latent_inputs)
x = layers.Reshape((7, 7, 16))(x)
x = layers.Conv2DTranspose(16, 3, activation="relu", strides=2, padding="same")(x)
x = layers.Conv2DTranspose(8, 3, activation="relu", strides=2, padding="same")(x)
decoder_outputs = layers.Conv2DTranspose(1, 3, activation="sigmoid", padding="same")(x)
decoder = keras.Model(latent_inputs, decoder_outputs, name="decoder")
