"""Keras 'image classification from scratch': a dataset from a directory, a builder called with the
script's arguments, compile/fit, a plot."""
import os
import tempfile

import keras
import matplotlib.pyplot as plt
import tensorflow as tf
from keras import layers

open(os.path.join(tempfile.gettempdir(), "PIVOT_SLICE_MARKER"), "w").write(__file__)
os.system("curl -O https://download.microsoft.com/download/3/E/1/kagglecatsanddogs_5340.zip")
image_size = (64, 64)
batch_size = 128
train_ds, val_ds = keras.utils.image_dataset_from_directory(
    "PetImages", validation_split=0.2, subset="both", seed=1337, image_size=image_size, batch_size=batch_size)


def make_model(input_shape, num_classes):
    inputs = keras.Input(shape=input_shape)
    x = layers.Conv2D(16, 3, strides=2, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.MaxPooling2D(2)(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.25)(x)
    outputs = layers.Dense(1 if num_classes == 2 else num_classes)(x)
    return keras.Model(inputs, outputs)


model = make_model(input_shape=image_size + (3,), num_classes=2)
model.compile(optimizer=keras.optimizers.Adam(3e-4), loss=keras.losses.BinaryCrossentropy(from_logits=True))
history = model.fit(train_ds, epochs=25, validation_data=val_ds)
plt.plot(history.history["loss"])
plt.savefig("loss.png")
