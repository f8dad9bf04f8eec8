"""uk10: a model whose output is a `layers.Reshape` to image rank with no image layer after it (a DCGAN-style
generator's last layer, an autoencoder's decoder) returns (N, H, W, C) in PyTorch too (`nn.Unflatten`): such a
value is not known to be an image. The class comment said "image inputs and outputs are channels-first"; it now
states that this output keeps the source's axis order, as `pivot verify` compares it ("output: the same in both")."""
# pivot-corpus: name=AutoEncoder input_shape=2,6,6,2 input_dtype=float32
import keras
from keras import layers


class AutoEncoder(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(4, 3, padding="same", activation="relu", input_shape=(6, 6, 2))
        self.flatten = layers.Flatten()
        self.fc = layers.Dense(6 * 6 * 2, activation="sigmoid")
        self.reshape = layers.Reshape((6, 6, 2))

    def call(self, x):
        return self.reshape(self.fc(self.flatten(self.conv(x))))


class Generator(keras.Model):
    def __init__(self):
        super().__init__()
        self.fc = layers.Dense(4 * 4 * 3, activation="sigmoid", input_shape=(8,))
        self.reshape = layers.Reshape((4, 4, 3))

    def call(self, z):
        return self.reshape(self.fc(z))
