"""Issue 10: BatchNormalization(axis=3) is the channel axis of an image only; after a Conv3D it normalizes a
spatial axis (exit 0 before: nn.BatchNorm3d over the channels, a model whose weights did not fit)."""
# pivot-corpus: name=model input_shape=2,7,7,7,2
import keras
from keras import layers

inputs = keras.Input(shape=(7, 7, 7, 2))
x = layers.Conv3D(4, 3)(inputs)
x = layers.BatchNormalization(axis=3)(x)
model = keras.Model(inputs, x)
