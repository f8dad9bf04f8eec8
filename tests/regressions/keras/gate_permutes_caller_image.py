"""A Keras layer class of the file with no image layer of its own that the model calls on channels-last images,
and that moves their axes itself (`keras.ops.transpose(x, (0, 3, 1, 2))` before `keras.ops.mean(t, axis=(2, 3))`):
Pivot cannot tell it takes images (a permute of its input may be the callers' layout change), so its axes would be
written for PyTorch as Keras reads them. Was exit 0 and a RuntimeError in PyTorch; now a named error (PIV105,
wb3 in session 12)."""
# pivot-corpus: name=Net input_shape=2,8,6,4
import keras
from keras import layers


class Gate(keras.layers.Layer):
    def __init__(self, c):
        super().__init__()
        self.fc = layers.Dense(c, activation="sigmoid")

    def call(self, x):
        t = keras.ops.transpose(x, (0, 3, 1, 2))
        w = self.fc(keras.ops.mean(t, axis=(2, 3)))
        return x * w[:, None, None, :]


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(8, 3, padding="same")
        self.gate = Gate(8)
        self.fc = layers.Dense(3)

    def call(self, x):
        x = self.gate(self.conv(x))
        return self.fc(keras.ops.mean(x, axis=(1, 2)))
