"""Issue 10: Keras transposed convolutions with output_padding given (found by the fuzz campaign, seed 200485):
'same' crops 2 (extent // 2) - output_padding positions, the floor of half of them before; output_padding=0 is
not the default None (which crops extent - stride)."""
# pivot-corpus: name=model input_shape=2,7,6,3 input_dtype=float32
import keras
from keras import layers

inputs = keras.Input(shape=(7, 6, 3))
a = layers.Conv2DTranspose(4, kernel_size=3, strides=2, padding='same', output_padding=0)(inputs)
b = layers.Conv2DTranspose(4, kernel_size=3, strides=2, padding='same', output_padding=1)(inputs)
c = layers.Conv2DTranspose(4, kernel_size=4, strides=2, padding='same', output_padding=1)(inputs)
e = layers.Conv2DTranspose(4, kernel_size=3, strides=2, padding='valid', output_padding=1)(inputs)
model = keras.Model(inputs, [a, b, c, e])
