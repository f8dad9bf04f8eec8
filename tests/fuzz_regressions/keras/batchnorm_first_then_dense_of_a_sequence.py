"""A Keras BatchNormalization first, then Dense, no declared input: the rank is only guessed from the Dense (reported)."""
# pivot-fuzz: input_shape=2,5,4 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `bn` (BatchNorm): `weight` has shape (5,), the source gives (4,)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.bn = layers.BatchNormalization()
        self.fc = layers.Dense(3)

    def call(self, x):
        x = self.bn(x)
        return self.fc(x)
