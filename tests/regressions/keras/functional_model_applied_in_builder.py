"""A builder that builds a functional keras.Model and applies it as a layer of the model it returns (keras.io's
siamese networks inside a function): read up to the first keras.Model only, it migrated the embedding alone, exit 0;
now a named error (build the inner model at module level)."""
# pivot-corpus: name=build_siamese input_shape=2,8;2,8
import keras
from keras import layers


def build_siamese():
    inp = keras.Input((8,))
    x = layers.Dense(6, activation="relu")(inp)
    x = layers.Dense(4)(x)
    emb = keras.Model(inp, x)
    a = keras.Input((8,))
    b = keras.Input((8,))
    d = layers.Subtract()([emb(a), emb(b)])
    out = layers.Dense(1)(d)
    return keras.Model([a, b], out)


model = build_siamese()
