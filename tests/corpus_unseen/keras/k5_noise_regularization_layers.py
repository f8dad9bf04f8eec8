"""Tabular Kaggle MLP with inference-time no-op layers: GaussianNoise, GaussianDropout, AlphaDropout after
selu Dense (lecun_normal init), ActivityRegularization, BatchNormalization and a sigmoid head."""
# pivot-corpus: name=build_model input_shape=4,18
import tensorflow as tf
from tensorflow.keras import layers


def build_model(n_features=18):
    inp = layers.Input(shape=(n_features,))
    x = layers.GaussianNoise(0.05)(inp)
    x = layers.Dense(32, activation="selu", kernel_initializer="lecun_normal")(x)
    x = layers.AlphaDropout(0.1)(x)
    x = layers.Dense(32, activation="relu")(x)
    x = layers.GaussianDropout(0.2)(x)
    x = layers.BatchNormalization()(x)
    x = layers.ActivityRegularization(l1=1e-5)(x)
    out = layers.Dense(1, activation="sigmoid")(x)
    return tf.keras.Model(inp, out)
