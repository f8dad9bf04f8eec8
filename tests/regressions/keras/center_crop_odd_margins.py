"""uk8 (k6_rescaling_offset_centercrop): `layers.CenterCrop(height, width)` (was PIV101), PyTorch's support module
cropping as Keras does: with odd margins (11 -> 6 rows, 9 -> 4 columns) the smaller half is on the top and left
(`(size - height) // 2`; torchvision rounds the other way), in a Sequential whose Flatten reads the crop."""
# pivot-corpus: name=model input_shape=2,11,9,3 input_dtype=float32
import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(11, 9, 3)),
    layers.CenterCrop(6, 4),
    layers.Conv2D(4, 1),
    layers.Flatten(),
    layers.Dense(2),
])
