"""Issue 10: a Conv2D stack's flatten concatenated with a Dense branch, then BatchNormalization and two heads
(the flatten order must reach the weights after the concatenation; it once differed by 0.62)."""
# pivot-corpus: name=build_two_input input_shape=2,8,8,3;2,5 input_dtype=float32
import keras
from keras import layers


def build_two_input():
    image = keras.Input(shape=(8, 8, 3))
    meta = keras.Input(shape=(5,))
    x = layers.Conv2D(4, 3, padding="same", activation="relu")(image)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(6, 3, activation="relu")(x)
    x = layers.Flatten()(x)
    m = layers.Dense(7, activation="relu")(meta)
    joined = layers.Concatenate()([x, m])
    joined = layers.BatchNormalization()(joined)
    joined = layers.Dropout(0.2)(joined)
    hidden = layers.Dense(16, activation="relu")(joined)
    label = layers.Dense(3, activation="softmax")(hidden)
    score = layers.Dense(1)(joined)
    return keras.Model(inputs=[image, meta], outputs=[label, score])
