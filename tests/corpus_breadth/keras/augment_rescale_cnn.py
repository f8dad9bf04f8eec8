"""keras.io "image classification from scratch" style: augmentation layers, Rescaling and a fixed
Normalization in front of a small CNN (augmentation is the identity at inference)."""
# pivot-corpus: name=make_model input_shape=2,32,32,3
import keras
from keras import layers


def make_model(num_classes=5):
    inputs = keras.Input(shape=(32, 32, 3))
    x = layers.RandomFlip("horizontal")(inputs)
    x = layers.RandomRotation(0.1)(x)
    x = layers.RandomZoom(0.2)(x)
    x = layers.RandomContrast(0.1)(x)
    x = layers.RandomTranslation(0.1, 0.1)(x)
    x = layers.Rescaling(1.0 / 255, offset=-0.25)(x)
    x = layers.Normalization(mean=[0.2, 0.3, 0.4], variance=[0.04, 0.09, 0.16])(x)
    x = layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(x)
    x = layers.Conv2D(32, 3, padding="same", activation="relu")(x)
    x = layers.GlobalAveragePooling2D()(x)
    x = layers.Dropout(0.25)(x)
    outputs = layers.Dense(num_classes)(x)
    return keras.Model(inputs, outputs)
