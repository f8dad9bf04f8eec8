"""A Keras custom layer with no image layer of its own that the model calls on images (a squeeze-and-excitation
block: `b, _, _, c = keras.ops.shape(x)`, `keras.ops.mean(x, axis=(1, 2), keepdims=True)`, `keras.ops.reshape(y,
(b, 1, 1, c))`). Its axis ops read Keras's channels-last axes, yet Pivot does not carry "takes images" from its
caller into it (the PyTorch mirror is `shapes.with_images_from_callers`, for PyTorch modules only), so they are
copied as they are: exit 0, `b, _, _, c = x.shape` reads the width as the channels on the way to PyTorch and
fails when it runs (found by wb3 in session 7; a known gap, strict xfail in tests/test_regressions.py)."""
# pivot-corpus: name=Net input_shape=2,8,6,4
import keras
from keras import layers


class SE(keras.layers.Layer):
    def __init__(self, c):
        super().__init__()
        self.fc = layers.Dense(c, activation="sigmoid")

    def call(self, x):
        b, _, _, c = keras.ops.shape(x)
        y = keras.ops.reshape(keras.ops.mean(x, axis=(1, 2), keepdims=True), (b, c))
        y = self.fc(y)
        return x * keras.ops.reshape(y, (b, 1, 1, c))


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv = layers.Conv2D(8, 3, padding="same")
        self.se = SE(8)
        self.fc = layers.Dense(3)

    def call(self, x):
        x = self.se(self.conv(x))
        return self.fc(keras.ops.mean(x, axis=(1, 2)))


model = Net()
