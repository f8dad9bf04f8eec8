"""A CNN builder with default arguments, called without them; images normalised per channel; a plot."""
import numpy as np
import keras
from keras import layers

try:
    import matplotlib.pyplot as plt
except ImportError:
    plt = None

IMG_SIZE = 24
CHANNELS = 3
rng = np.random.default_rng(17)
train_images = rng.random((64, IMG_SIZE, IMG_SIZE, CHANNELS), dtype=np.float32)
train_labels = rng.integers(0, 5, size=64)
channel_mean = train_images.mean(axis=(0, 1, 2))
train_images = train_images - channel_mean


def build_cnn(input_shape=(IMG_SIZE, IMG_SIZE, CHANNELS), num_classes=5):
    model = keras.Sequential([
        keras.Input(shape=input_shape),
        layers.Conv2D(8, 3, padding="same", activation="relu"),
        layers.MaxPooling2D(),
        layers.Conv2D(16, 3, padding="same", activation="relu"),
        layers.AveragePooling2D(2),
        layers.Flatten(),
        layers.Dense(num_classes, activation="softmax"),
    ])
    return model


cnn = build_cnn()
cnn.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = cnn.fit(train_images, train_labels, batch_size=16, epochs=1)

if plt is not None:
    plt.plot(history.history["accuracy"])
    plt.savefig("accuracy.png")
print("channel means:", np.round(channel_mean, 3))
