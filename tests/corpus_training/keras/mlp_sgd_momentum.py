"""A Sequential classifier compiled with SGD (momentum) and trained with fit, one batch per epoch."""
import keras
from keras import layers


def build_model():
    return keras.Sequential([
        keras.Input(shape=(20,)),
        layers.Dense(32, activation="relu"),
        layers.Dense(4),
    ])


def train(model, x, y):
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1, momentum=0.9),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    history = model.fit(x, y, batch_size=len(x), epochs=5, shuffle=False, verbose=0)
    return history.history["loss"]
