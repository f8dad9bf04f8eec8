"""'same' AveragePooling3D of stride 1 on a known 2x2x2 volume, window 3: nn.AvgPool3d(3, stride=1, padding=1,
count_include_pad=False) refuses an input smaller than its kernel, padded or not; now Pivot's SameAveragePooling."""
# pivot-fuzz: input_shape=2,2,2,2,3 input_dtype=float32
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(2, 2, 2, 3)),
    layers.AveragePooling3D(3, strides=1, padding='same'),
])
