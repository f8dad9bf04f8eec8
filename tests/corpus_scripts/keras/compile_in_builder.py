"""tensorflow.org's basic regression style: builders that compile the model they return (a Sequential and a
functional one), then fit, evaluate and predict on the built models."""
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(3)
features = rng.normal(size=(64, 9)).astype("float32")
target = (features[:, :1] * 2.0 - features[:, 1:2]).astype("float32")


def build_and_compile_model():
    model = keras.Sequential([
        layers.Dense(16, activation="relu"),
        layers.Dense(16, activation="relu"),
        layers.Dense(1),
    ])
    model.compile(loss="mean_absolute_error", optimizer=keras.optimizers.Adam(0.001))
    return model


def build_functional(width=8):
    inputs = keras.Input(shape=(9,))
    x = layers.Dense(width, activation="relu")(inputs)
    model = keras.Model(inputs, layers.Dense(1)(x))
    model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
    return model


dnn_model = build_and_compile_model()
history = dnn_model.fit(features, target, epochs=2, batch_size=16, verbose=0)
print("dnn loss:", round(history.history["loss"][-1], 3))
small = build_functional()
small.fit(features, target, epochs=1, batch_size=32, verbose=0)
print("evaluate:", small.evaluate(features, target, verbose=0))
print("predicted:", np.round(dnn_model.predict(features[:3]).flatten(), 2))
