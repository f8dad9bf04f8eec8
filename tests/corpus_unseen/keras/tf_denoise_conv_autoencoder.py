"""tensorflow.org "Intro to Autoencoders", image denoising: Denoise(Model) with a Sequential encoder that starts
with layers.Input and strided Conv2D, a decoder of Conv2DTranspose and a sigmoid Conv2D."""
# pivot-corpus: name=Denoise input_shape=2,28,28,1
import tensorflow as tf
from tensorflow.keras import layers, losses
from tensorflow.keras.models import Model


class Denoise(Model):
    def __init__(self):
        super(Denoise, self).__init__()
        self.encoder = tf.keras.Sequential([
            layers.Input(shape=(28, 28, 1)),
            layers.Conv2D(16, (3, 3), activation='relu', padding='same', strides=2),
            layers.Conv2D(8, (3, 3), activation='relu', padding='same', strides=2)])

        self.decoder = tf.keras.Sequential([
            layers.Conv2DTranspose(8, kernel_size=3, strides=2, activation='relu', padding='same'),
            layers.Conv2DTranspose(16, kernel_size=3, strides=2, activation='relu', padding='same'),
            layers.Conv2D(1, kernel_size=(3, 3), activation='sigmoid', padding='same')])

    def call(self, x):
        encoded = self.encoder(x)
        decoded = self.decoder(encoded)
        return decoded


autoencoder = Denoise()
