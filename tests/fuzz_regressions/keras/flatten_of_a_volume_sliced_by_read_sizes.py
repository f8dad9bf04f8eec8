"""A Keras 3-D image (undeclared input) sliced by sizes read from it after a squeeze-excitation, then Flatten
and Dense (fuzz keras 171909): two spatial sizes stay unknown even with the input shape given, so the dense
layer's columns cannot be permuted; a named PIV105 (was exit 0, and verify's WeightError)."""
# pivot-fuzz: input_shape=2,6,6,6,4 input_dtype=float32
# found: silent: VerifyError: WeightError: a flattened image of 4 channels and spatial sizes (None, 6, None) not known statically reaches a dense layer: Pivot cannot permute its columns between the frameworks' flatten
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.se2 = layers.GlobalAveragePooling3D()
        self.se3 = layers.Dense(4, activation='relu')
        self.se4 = layers.Dense(4, activation='sigmoid')
        self.se5 = layers.Reshape((1, 1, 1, 4))
        self.flat6 = layers.Flatten()
        self.line7 = layers.Dense(16)

    def call(self, x):
        w1 = self.se2(x)
        w1 = self.se4(self.se3(w1))
        w1 = self.se5(w1)
        x = x * w1
        x = x[:, :x.shape[1] // 2]
        x = x[:, :, :, :x.shape[3] // 2]
        x = self.flat6(x)
        x = self.line7(x)
        return x
