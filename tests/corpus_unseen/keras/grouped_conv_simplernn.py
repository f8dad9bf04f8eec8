"""ResNeXt-flavoured grouped Conv2D(groups=4), then the feature map read as a sequence: Reshape to (steps,
features) and a SimpleRNN(activation="relu")."""
# pivot-corpus: name=model input_shape=2,8,8,4
import keras
from keras import layers

inputs = keras.Input(shape=(8, 8, 4))
x = layers.Conv2D(8, 3, padding="same", groups=4, activation="relu")(inputs)
x = layers.Conv2D(8, 3, strides=2, padding="same")(x)
x = layers.Reshape((16, 8))(x)
x = layers.SimpleRNN(6, activation="relu")(x)
outputs = layers.Dense(2)(x)
model = keras.Model(inputs, outputs)
