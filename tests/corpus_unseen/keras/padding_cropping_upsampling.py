"""Segmentation-tutorial style: ZeroPadding2D, Cropping2D(cropping=((1, 1), (1, 1))), UpSampling2D(size=2,
interpolation="bilinear"), AveragePooling2D, Conv2DTranspose with output_padding."""
# pivot-corpus: name=model input_shape=2,20,20,3
import keras
from keras import layers

inputs = keras.Input(shape=(20, 20, 3))
x = layers.ZeroPadding2D(padding=2)(inputs)
x = layers.Conv2D(8, 3, activation="relu")(x)
x = layers.AveragePooling2D(pool_size=2)(x)
x = layers.UpSampling2D(size=2, interpolation="bilinear")(x)
x = layers.Cropping2D(cropping=((1, 1), (1, 1)))(x)
x = layers.Conv2DTranspose(4, 3, strides=2, padding="same", output_padding=1)(x)
outputs = layers.Conv2D(1, 1, activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
