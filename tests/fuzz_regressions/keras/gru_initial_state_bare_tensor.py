"""Fuzz model (seed 288, keras subclassed), reduced."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent: VerifyError: RuntimeError: For batched 3-D input, hx should also be 3-D but got 2-D tensor
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.embe1 = layers.Embedding(50, output_dim=8)
        self.encoder2 = layers.GRU(8, return_state=True)
        self.decoder3 = layers.GRU(8, return_sequences=True)

    def call(self, x):
        x = self.embe1(x)
        _, h = self.encoder2(x)
        x = self.decoder3(x, initial_state=h)
        return x
