"""TF 2.3-2.6 era tutorial code with `tf.keras.layers.experimental.preprocessing`: Resizing and Rescaling (and
RandomFlip / RandomRotation, identity at inference) at the head of a Sequential CNN."""
# pivot-corpus: name=model input_shape=2,40,40,3
import tensorflow as tf
from tensorflow.keras import layers
from tensorflow.keras.layers.experimental import preprocessing

IMG_SIZE = 32

resize_and_rescale = tf.keras.Sequential([
    layers.experimental.preprocessing.Resizing(IMG_SIZE, IMG_SIZE),
    layers.experimental.preprocessing.Rescaling(1. / 255)
])

data_augmentation = tf.keras.Sequential([
    preprocessing.RandomFlip("horizontal_and_vertical"),
    preprocessing.RandomRotation(0.2),
])

model = tf.keras.Sequential([
    resize_and_rescale,
    data_augmentation,
    layers.Conv2D(8, 3, padding='same', activation='relu'),
    layers.MaxPooling2D(),
    layers.Flatten(),
    layers.Dense(4)
])
