"""TensorFlow "Data augmentation" tutorial (option 1, preprocessing layers inside the model):
`layers.Rescaling(1./255)`, `layers.RandomFlip("horizontal_and_vertical")` and `layers.RandomRotation(0.2)` as
the first layers of a Sequential CNN (identities at inference), then Conv2D / MaxPooling2D / Dense."""
# pivot-corpus: name=model input_shape=2,20,20,3
import tensorflow as tf
from tensorflow.keras import layers

model = tf.keras.Sequential([
    layers.Input(shape=(20, 20, 3)),
    layers.Rescaling(1. / 255),
    layers.RandomFlip("horizontal_and_vertical"),
    layers.RandomRotation(0.2),
    layers.Conv2D(8, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(),
    layers.Conv2D(16, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(16, activation="relu"),
    layers.Dense(3),
])
