"""keras.io-style image classification from scratch: images resized by a Resizing layer (bilinear, down and
up), rescaled, then a small convolutional classifier."""
# pivot-corpus: name=make_model input_shape=2,20,24,3
import keras
from keras import layers


def make_model(num_classes=4):
    inputs = keras.Input(shape=(20, 24, 3))
    x = layers.Resizing(12, 16)(inputs)
    x = layers.Rescaling(1.0 / 255)(x)
    x = layers.Conv2D(8, 3, padding="same", activation="relu")(x)
    x = layers.Resizing(height=18, width=18, interpolation="bilinear")(x)
    x = layers.Conv2D(8, 3, strides=2, activation="relu")(x)
    x = layers.Flatten()(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)
