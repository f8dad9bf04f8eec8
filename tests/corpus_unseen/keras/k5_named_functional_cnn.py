"""A keras.io-style functional CNN where every layer has `name=`: keras.Input(name="image"), Conv2D /
BatchNormalization / Activation("relu") blocks named conv1_*, a GlobalAveragePooling2D, Dropout, and a named
softmax head; the Model itself is named."""
# pivot-corpus: name=model input_shape=2,24,24,3
import keras
from keras import layers

inputs = keras.Input(shape=(24, 24, 3), name="image")
x = layers.Conv2D(16, 3, strides=2, padding="same", use_bias=False, name="conv1_conv")(inputs)
x = layers.BatchNormalization(epsilon=1.001e-5, name="conv1_bn")(x)
x = layers.Activation("relu", name="conv1_relu")(x)
x = layers.Conv2D(32, 3, padding="same", use_bias=False, name="conv2_conv")(x)
x = layers.BatchNormalization(epsilon=1.001e-5, name="conv2_bn")(x)
x = layers.Activation("relu", name="conv2_relu")(x)
x = layers.MaxPooling2D(3, strides=2, padding="same", name="pool2")(x)
x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
x = layers.Dropout(0.3, name="top_dropout")(x)
outputs = layers.Dense(7, activation="softmax", name="predictions")(x)
model = keras.Model(inputs, outputs, name="small_cnn")
