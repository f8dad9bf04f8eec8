"""Cropping1D/2D/3D, asymmetric, and a crop of one side beside zero padding of another: PyTorch crops with negative
nn.ZeroPad1d/2d/3d widths, which the way back (issue 10, session 9) writes as Keras's Cropping layers, after a
ZeroPadding layer of the sides that pad (Keras's ZeroPadding layers take no negative widths: a named error before,
11 of the unseen Keras files' round trips)."""
# pivot-corpus: name=model input_shape=2,6,8,10,3
import keras
from keras import layers

inputs = keras.Input(shape=(6, 8, 10, 3))
x = layers.Cropping3D(((1, 0), (2, 1), (0, 3)))(inputs)
x = layers.Conv3D(4, 3, padding="same")(x)
x = layers.ZeroPadding3D(((0, 1), (1, 0), (2, 2)))(x)
x = layers.Conv3D(4, (1, 3, 3), strides=(1, 2, 2))(x)
x = layers.Reshape((-1, 4))(x)
x = layers.Cropping1D((2, 1))(x)
x = layers.Conv1D(5, 3, padding="same")(x)
x = layers.GlobalAveragePooling1D()(x)
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)
