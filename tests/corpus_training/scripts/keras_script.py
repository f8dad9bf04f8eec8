"""A whole Keras script at module level: data, model, compile, fit with a validation split, evaluate, predict."""
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(0)
x_train = rng.normal(size=(64, 10)).astype("float32")
y_train = rng.integers(0, 3, size=64)

model = keras.Sequential([
    keras.Input(shape=(10,)),
    layers.Dense(16, activation="relu"),
    layers.Dense(3, activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(x_train, y_train, epochs=2, batch_size=16, validation_split=0.25, verbose=0)
loss, accuracy = model.evaluate(x_train, y_train, verbose=0)
probabilities = model.predict(x_train[:5], verbose=0)
