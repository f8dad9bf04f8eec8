"""A model builder function called with the file's own arguments, on small images saved to and read from disk."""
import os
import tempfile

import numpy as np
import keras
from keras import layers

image_size = (16, 16)
folder = tempfile.mkdtemp()
rng = np.random.default_rng(9)
for i in range(4):
    np.save(os.path.join(folder, f"batch_{i}.npy"), rng.random((12, 16, 16, 3), dtype=np.float32))
images = np.concatenate([np.load(os.path.join(folder, f"batch_{i}.npy")) for i in range(4)])
labels = (images.mean(axis=(1, 2, 3)) > 0.5).astype("float32")
print(f"{len(images)} images loaded from {folder}")


def make_model(input_shape, num_classes):
    inputs = keras.Input(shape=input_shape)
    x = layers.Conv2D(8, 3, strides=2, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.Conv2D(16, 3, padding="same", activation="relu")(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.25)(x)
    outputs = layers.Dense(1, activation="sigmoid")(x)
    return keras.Model(inputs, outputs)


model = make_model(input_shape=image_size + (3,), num_classes=2)
model.compile(optimizer=keras.optimizers.Adam(3e-4), loss="binary_crossentropy", metrics=["accuracy"])
model.fit(images, labels, epochs=1, batch_size=16)
print("first predictions:", model.predict(images[:4], verbose=0).ravel())
