"""Fuzz model (seed 30410, keras subclassed)."""
# pivot-fuzz: input_shape=2,8 input_dtype=int64
# found: silent: VerifyError: WeightError: layer `conv2` (Conv1d): `weight` has shape (4, 4, 2), the source gives (4, 2, 2)
import keras
from keras import layers


def make_embe1():
    return layers.Embedding(50, output_dim=4)


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.embe1 = make_embe1()
        self.conv2 = layers.Conv1D(4, 2, dilation_rate=2, groups=2)
        self.sepa3 = layers.SeparableConv1D(6, kernel_size=1, strides=1)
        self.conv4 = layers.Conv1D(6, 3, padding='same')
        self.avgp5 = layers.AveragePooling1D(2, padding='same')
        self.flat6 = layers.Flatten()
        self.line7 = layers.Dense(8)

    def call(self, x):
        x = self.embe1(x)
        x = self.conv2(x)
        x = self.sepa3(x)
        b3_0 = self.conv4(x)
        b3_0 = keras.activations.relu6(b3_0)
        x = keras.ops.maximum(b3_0, x)
        x = self.avgp5(x)
        x = self.flat6(x)
        x = self.line7(x)
        return x
