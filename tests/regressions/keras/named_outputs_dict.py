"""Issue 12: `keras.Model(inputs, outputs={"name": t, ...})` (keras.io's multi-output models): the PyTorch forward
returns a dict with the same keys (PIV104 before); verify compares the outputs key by key, an output computed in the
dict itself included, and keys not in sorted order."""
# pivot-corpus: name=model input_shape=2,6,5
import keras
from keras import layers

tokens = keras.Input(shape=(6, 5), name="tokens")
h = layers.Dense(8, activation="relu")(tokens)
pooled = layers.GlobalAveragePooling1D()(h)
tags = layers.Dense(3, name="tags")(h)
model = keras.Model(inputs=tokens, outputs={"tags": tags, "score": layers.Dense(1, activation="sigmoid")(pooled),
                                            "aux": pooled * 2.0})
