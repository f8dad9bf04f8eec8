"""A binary classifier with a sigmoid output: RMSprop and binary cross-entropy on probabilities."""
import keras
from keras import layers


def build_model():
    return keras.Sequential([
        keras.Input(shape=(20,)),
        layers.Dense(32, activation="relu"),
        layers.Dense(1, activation="sigmoid"),
    ])


def train(model, x, y):
    model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy"])
    history = model.fit(x, y, batch_size=len(x), epochs=5, shuffle=False, verbose=0)
    predictions = model.predict(x, verbose=0)
    return history.history["loss"]
