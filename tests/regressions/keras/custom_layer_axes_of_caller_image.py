"""A Keras custom layer with no image layer of its own that the model calls on images (a squeeze-and-excitation
block: `b, _, _, c = keras.ops.shape(x)`, `keras.ops.mean(x, axis=(1, 2), keepdims=True)`, `keras.ops.reshape(y,
(b, 1, 1, c))`). Its axis ops read Keras's channels-last axes, but Pivot did not carry "takes images" from its
caller into it (`shapes.with_images_from_callers` was for PyTorch modules only), so they were copied as they were:
exit 0, `b, _, _, c = x.shape` read the width as the channels and the model failed in PyTorch (found by wb3 in
session 7). Now the layer takes the images its callers pass and its unpacked sizes follow PyTorch's axis order."""
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
