"""tensorflow.org "Intro to Autoencoders": an Autoencoder(Model) whose encoder and decoder are
tf.keras.Sequential lists, decoder ending in Reshape back to the image shape. The Dense width is wrapped in int():
the tutorial, written for tf.keras 2, passes the NumPy integer `.numpy()` gives, which Keras 3's Dense rejects
(ValueError: invalid value for `units`), so the source model itself would not build here."""
# pivot-corpus: name=Autoencoder input_shape=2,28,28
import tensorflow as tf
from tensorflow.keras import layers
from tensorflow.keras.models import Model


class Autoencoder(Model):
    def __init__(self, latent_dim, shape):
        super(Autoencoder, self).__init__()
        self.latent_dim = latent_dim
        self.shape = shape
        self.encoder = tf.keras.Sequential([
            layers.Flatten(),
            layers.Dense(latent_dim, activation='relu'),
        ])
        self.decoder = tf.keras.Sequential([
            layers.Dense(int(tf.math.reduce_prod(shape).numpy()), activation='sigmoid'),
            layers.Reshape(shape)
        ])

    def call(self, x):
        encoded = self.encoder(x)
        decoded = self.decoder(encoded)
        return decoded


shape = (28, 28)
latent_dim = 64
autoencoder = Autoencoder(latent_dim, shape)
