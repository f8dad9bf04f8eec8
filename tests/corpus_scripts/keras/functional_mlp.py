"""A functional-API MLP at module level, with a constant defined between its layers and a plot of the history."""
import numpy as np
import keras
from keras import layers

try:
    import matplotlib.pyplot as plt
except ImportError:
    plt = None

rng = np.random.default_rng(1)
features = rng.normal(size=(200, 8)).astype("float32")
labels = (features[:, :2].sum(axis=1) > 0).astype("int64") + (features[:, 2] > 1).astype("int64")
features = (features - features.mean(axis=0)) / features.std(axis=0)

inputs = keras.Input(shape=(8,), name="features")
hidden_units = 32
x = layers.Dense(hidden_units, activation="relu")(inputs)
x = layers.Dropout(0.2)(x)
outputs = layers.Dense(3)(x)
model = keras.Model(inputs=inputs, outputs=outputs, name="tabular_mlp")

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    metrics=["accuracy"],
)
history = model.fit(features[:160], labels[:160], batch_size=32, epochs=2, validation_split=0.2)
results = model.evaluate(features[160:], labels[160:], batch_size=32)
print("test loss, test acc:", results)

if plt is not None:
    plt.plot(history.history["loss"])
    plt.savefig("history.png")
else:
    print("epochs trained:", len(history.history["loss"]))
