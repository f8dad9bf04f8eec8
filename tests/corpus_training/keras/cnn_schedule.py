"""A small CNN: Adam on a staircase exponential schedule, several batches per epoch."""
import keras
from keras import layers


def build_model():
    return keras.Sequential([
        keras.Input(shape=(8, 8, 3)),
        layers.Conv2D(8, 3, padding="same", activation="relu"),
        layers.MaxPooling2D(2),
        layers.Flatten(),
        layers.Dense(5),
    ])


def train(model, x, y):
    schedule = keras.optimizers.schedules.ExponentialDecay(0.005, decay_steps=3, decay_rate=0.5, staircase=True)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=schedule),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    history = model.fit(x, y, batch_size=20, epochs=3, shuffle=False, verbose=0)
    return history.history["loss"]
