"""GAN-tutorial style discriminator for flat vectors: LeakyReLU(negative_slope=0.1), PReLU(), ELU(alpha=0.5),
ReLU(max_value=6.0) as layers between Dense layers."""
# pivot-corpus: name=model input_shape=4,24
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(24,)),
    layers.Dense(32),
    layers.LeakyReLU(negative_slope=0.1),
    layers.Dense(32),
    layers.PReLU(),
    layers.Dense(16),
    layers.ELU(alpha=0.5),
    layers.Dense(16),
    layers.ReLU(max_value=6.0),
    layers.Dense(1),
])
