"""Time-series forecasting with an LSTM: windows cut from a sine wave, a functional model, MSE."""
import numpy as np
import keras
from keras import layers

WINDOW = 10
series = np.sin(np.linspace(0, 20, 220)).astype("float32")
series += 0.05 * np.random.default_rng(0).normal(size=series.shape).astype("float32")
windows = np.stack([series[i:i + WINDOW] for i in range(len(series) - WINDOW)])[..., None]
next_values = series[WINDOW:][:, None]
split = int(0.8 * len(windows))
print("windows:", windows.shape, "train:", split)

inputs = keras.Input(shape=(WINDOW, 1))
x = layers.LSTM(16)(inputs)
outputs = layers.Dense(1)(x)
forecaster = keras.Model(inputs, outputs)

forecaster.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
forecaster.fit(windows[:split], next_values[:split], batch_size=32, epochs=1)
mse = forecaster.evaluate(windows[split:], next_values[split:], verbose=0)
print(f"test MSE: {mse:.4f}")
