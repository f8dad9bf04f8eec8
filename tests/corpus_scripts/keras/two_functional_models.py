"""Two functional models in one script (a classifier and a regressor) sharing the same preprocessed data."""
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(13)
samples = rng.normal(size=(160, 6)).astype("float32")
categories = (samples[:, 0] > 0).astype("int64")
values = samples @ np.linspace(-1, 1, 6).astype("float32")
samples = np.clip(samples, -3, 3)

clf_inputs = keras.Input(shape=(6,))
h = layers.Dense(16, activation="relu")(clf_inputs)
clf_outputs = layers.Dense(2, activation="softmax")(h)
classifier = keras.Model(clf_inputs, clf_outputs, name="classifier")

print("classifier ready; building the regressor")

reg_inputs = keras.Input(shape=(6,))
r = layers.Dense(16, activation="tanh")(reg_inputs)
r = layers.Dense(8, activation="tanh")(r)
reg_outputs = layers.Dense(1)(r)
regressor = keras.Model(reg_inputs, reg_outputs, name="regressor")

classifier.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
regressor.compile(optimizer="sgd", loss="mse")
classifier.fit(samples, categories, epochs=1, batch_size=32)
regressor.fit(samples, values, epochs=1, batch_size=32)
print("regression targets: mean %.3f, std %.3f" % (values.mean(), values.std()))
