"""A Keras BatchNormalization first, then Dense, then Conv1D, no declared input (fuzz keras seed 151621): the
conv tells rank 3; the input is an image as a declared shape takes it (it was taken as a features-last sequence
when migrating and as a channels-first image when verifying: BatchNorm1d over the steps)."""
# pivot-fuzz: input_shape=2,5,8 input_dtype=float32
# found: silent: VerifyError: WeightError: layer `batc1` (BatchNorm): `weight` has shape (5,), the source gives (8,)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.batc1 = layers.BatchNormalization()
        self.line2 = layers.Dense(8)
        self.conv3 = layers.Conv1D(4, 3)

    def call(self, x):
        x = self.batc1(x)
        x = self.line2(x)
        x = self.conv3(x)
        return x
