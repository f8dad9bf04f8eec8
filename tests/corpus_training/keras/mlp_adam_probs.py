"""A functional classifier with a softmax output: Adam, the string loss on probabilities, accuracy."""
import keras
from keras import layers


def build_model():
    inputs = keras.Input(shape=(20,))
    x = layers.Dense(64, activation="tanh")(inputs)
    outputs = layers.Dense(4, activation="softmax")(x)
    return keras.Model(inputs, outputs)


def train(model, x, y):
    optimizer = keras.optimizers.Adam(learning_rate=0.01)
    model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x, y, batch_size=len(x), epochs=5, shuffle=False, verbose=0)
    loss, accuracy = model.evaluate(x, y, verbose=0)
    return history.history["loss"]
