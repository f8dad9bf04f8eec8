"""A functional multi-task model: two inputs (an image and metadata), two outputs (class and score)."""
# pivot-corpus: name=build_multitask input_shape=2,16,16,3;2,8 input_dtype=float32
import keras
from keras import layers


def build_multitask(num_classes=5):
    image = keras.Input(shape=(16, 16, 3), name="image")
    meta = keras.Input(shape=(8,), name="meta")

    x = layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(16, 3, padding="same", activation="relu")(x)
    x = layers.GlobalAveragePooling2D()(x)

    m = layers.Dense(16, activation="relu")(meta)
    joined = layers.Concatenate()([x, m])
    hidden = layers.Dense(32, activation="relu")(joined)

    label = layers.Dense(num_classes, activation="softmax", name="label")(hidden)
    score = layers.Dense(1, name="score")(hidden)
    return keras.Model(inputs=[image, meta], outputs=[label, score])
