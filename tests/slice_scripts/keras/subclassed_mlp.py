"""A subclassed Keras model with required constructor arguments, built by the script's own call; the
input width comes from a first layer's `input_shape=` in a module constant."""
import os
import tempfile

import keras
import numpy as np
from keras import layers

open(os.path.join(tempfile.gettempdir(), "PIVOT_SLICE_MARKER"), "w").write(__file__)
FEATURES = 20
data = np.loadtxt("features.txt")


class Classifier(keras.Model):
    def __init__(self, hidden, num_classes):
        super().__init__()
        self.dense1 = layers.Dense(hidden, activation="relu")
        self.dropout = layers.Dropout(0.2)
        self.dense2 = layers.Dense(num_classes)

    def call(self, inputs, training=False):
        x = self.dense1(inputs)
        x = self.dropout(x, training=training)
        return self.dense2(x)


baseline = keras.Sequential([layers.Dense(8, activation="relu", input_shape=(FEATURES,)), layers.Dense(3)])
model = Classifier(hidden=32, num_classes=3)
model.build((None, FEATURES))
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(data[:, :FEATURES], data[:, FEATURES], epochs=5)
