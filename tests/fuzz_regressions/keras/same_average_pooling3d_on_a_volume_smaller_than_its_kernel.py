"""Fuzz model (seed 210097, keras subclassed, reduced): a 'same' AveragePooling3D of stride 2 on a volume of unknown
size became nn.AvgPool3d(2, ceil_mode=True), which PyTorch refuses on a 1x1x1 input (smaller than the kernel; Keras
pads); now Pivot's SameAveragePooling, exact for any size."""
# pivot-fuzz: input_shape=2,5,5,5,3 input_dtype=float32
# found: silent: VerifyError: RuntimeError: input image (T: 1 H: 1 W: 1) smaller than kernel size (kT: 2 kH: 2 kW: 2)
import keras
from keras import layers


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.conv1 = layers.Conv3D(12, kernel_size=3, strides=2)
        self.avgp2 = layers.AveragePooling3D(2, strides=2, padding='same')
        self.pool3 = layers.GlobalAveragePooling3D()

    def call(self, x):
        x = self.conv1(x)
        x = self.avgp2(x)
        x = self.pool3(x)
        return x
