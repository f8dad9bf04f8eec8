"""uk8 (k6_handson_stacked_conv_ae_same): a Sequential of the file's module-level Sequentials
(`keras.Sequential([encoder, decoder])`, Hands-On ML's stacked autoencoder) holds those models, migrated with it;
their weights are copied as each model's own (was PIV104 `encoder` in a Sequential). The encoder flattens an image,
so its Dense reads features in each framework's order."""
# pivot-corpus: name=stacked_ae input_shape=2,6,6,2 input_dtype=float32
import keras
from keras import layers

encoder = keras.Sequential([
    layers.Conv2D(4, 3, padding="same", activation="relu", input_shape=(6, 6, 2)),
    layers.Flatten(),
    layers.Dense(8, activation="selu"),
])
decoder = keras.Sequential([
    layers.Dense(36, activation="relu", input_shape=[8]),
    layers.Reshape([6, 6, 1]),
])
stacked_ae = keras.Sequential([encoder, decoder])
