"""Regression on a CSV file the script writes and reads back; normalisation, Sequential, MSE, predictions."""
import csv
import os
import tempfile

import numpy as np
import keras
from keras import layers

column_names = ["cylinders", "displacement", "horsepower", "weight", "mpg"]
path = os.path.join(tempfile.mkdtemp(), "auto.csv")
rng = np.random.default_rng(21)
with open(path, "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(column_names)
    for _ in range(100):
        row = rng.uniform(1, 10, size=4)
        writer.writerow(list(np.round(row, 3)) + [round(40 - 2 * row[0] - row[3], 3)])

with open(path) as handle:
    rows = list(csv.DictReader(handle))
features = np.array([[float(r[c]) for c in column_names[:4]] for r in rows], dtype="float32")
target = np.array([float(r["mpg"]) for r in rows], dtype="float32")
mean, std = features.mean(axis=0), features.std(axis=0)
normalized = (features - mean) / std

model = keras.Sequential([
    layers.Dense(32, activation="relu", input_shape=(4,)),
    layers.Dense(32, activation="relu"),
    layers.Dense(1),
])
model.compile(loss="mean_absolute_error", optimizer=keras.optimizers.Adam(0.01))
history = model.fit(normalized, target, validation_split=0.2, epochs=3, verbose=0)
print("final loss:", round(history.history["loss"][-1], 3))
test_predictions = model.predict(normalized[:5]).flatten()
print("predicted mpg:", np.round(test_predictions, 2), "true:", target[:5])
