"""A functional model with two inputs (same shape) and two outputs: a shared encoder, a class head and a score head."""
# pivot-corpus: name=build_two_tower input_shape=2,24;2,24 input_dtype=float32
import keras
from keras import layers


def build_two_tower(features=24, hidden=32, num_classes=3):
    query = keras.Input(shape=(features,), name="query")
    candidate = keras.Input(shape=(features,), name="candidate")

    # one encoder, shared by both towers
    encoder = keras.Sequential(
        [layers.Dense(hidden, activation="relu"), layers.Dense(hidden)], name="shared_encoder"
    )
    q = encoder(query)
    c = encoder(candidate)

    merged = layers.Concatenate()([q, c, layers.Multiply()([q, c])])
    x = layers.Dense(hidden, activation="relu")(merged)
    x = layers.Dropout(0.2)(x)
    class_out = layers.Dense(num_classes, activation="softmax", name="label")(x)
    score_out = layers.Dense(1, activation="sigmoid", name="match")(layers.Dot(axes=1, normalize=True)([q, c]))
    return keras.Model(inputs=[query, candidate], outputs=[class_out, score_out])
