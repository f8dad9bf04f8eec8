"""Issue 12: keras-applications' `bn_axis = 3` module constant passed as BatchNormalization(axis=bn_axis) on
images: the channel axis, migrated (a named error before: only the default axis=-1 was read)."""
# pivot-corpus: name=model input_shape=2,8,8,3
import keras
from keras import layers

bn_axis = 3

inputs = keras.Input(shape=(8, 8, 3))
x = layers.Conv2D(4, 3)(inputs)
x = layers.BatchNormalization(axis=bn_axis)(x)
outputs = layers.Activation("relu")(x)
model = keras.Model(inputs, outputs)
