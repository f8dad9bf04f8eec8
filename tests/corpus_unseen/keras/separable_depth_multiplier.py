"""Xception-lite: SeparableConv2D(depth_multiplier=2), DepthwiseConv2D(depth_multiplier=2, strides=2),
BatchNormalization(momentum=0.9, epsilon=1e-3), Activation("relu")."""
# pivot-corpus: name=model input_shape=2,32,32,3
import keras
from keras import layers

inputs = keras.Input(shape=(32, 32, 3))
x = layers.SeparableConv2D(16, 3, padding="same", depth_multiplier=2, use_bias=False)(inputs)
x = layers.BatchNormalization(momentum=0.9, epsilon=1e-3)(x)
x = layers.Activation("relu")(x)
x = layers.DepthwiseConv2D(3, strides=2, padding="same", depth_multiplier=2)(x)
x = layers.BatchNormalization(momentum=0.99, epsilon=1e-5)(x)
x = layers.Activation("relu")(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(5)(x)
model = keras.Model(inputs, outputs)
