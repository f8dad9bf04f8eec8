"""'same' AveragePooling2D of a known 5x5 image, window 2 and stride 2: TensorFlow pads one pixel after only, which
nn.AvgPool2d's symmetric padding cannot say (was PIV105); now Pivot's SameAveragePooling."""
# pivot-fuzz: input_shape=2,5,5,3 input_dtype=float32
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(5, 5, 3)),
    layers.AveragePooling2D(2, strides=2, padding='same'),
])
