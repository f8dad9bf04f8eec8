"""A time-series regressor configured by a @dataclass; pandas CSV at the top, fit and a plot below."""
from __future__ import annotations

from dataclasses import dataclass

import keras
import matplotlib.pyplot as plt
import pandas as pd
from keras import layers

df = pd.read_csv("https://example.com/jena_climate.csv")


@dataclass
class Config:
    steps: int = 24
    features: int = 7
    units: int = 16
    epochs: int = 10


def build_model(cfg: Config):
    inputs = keras.Input(shape=(cfg.steps, cfg.features))
    x = layers.Conv1D(cfg.units, 3, activation="relu")(inputs)
    x = layers.GlobalAveragePooling1D()(x)
    outputs = layers.Dense(1)(x)
    return keras.Model(inputs, outputs)


config = Config(units=12)
model = build_model(config)
model.compile(optimizer="adam", loss="mse")
history = model.fit(df.values, epochs=config.epochs)
plt.plot(history.history["loss"])
