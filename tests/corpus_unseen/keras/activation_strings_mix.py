"""EfficientNet-flavoured head written with layers.Activation("swish"), Activation("gelu"), Activation("selu"),
Activation("softplus") and activation=keras.activations.hard_sigmoid on a Dense."""
# pivot-corpus: name=model input_shape=3,12
import keras
from keras import layers

inputs = keras.Input(shape=(12,))
x = layers.Dense(16)(inputs)
x = layers.Activation("swish")(x)
x = layers.Dense(16)(x)
x = layers.Activation("gelu")(x)
x = layers.Dense(16)(x)
x = layers.Activation("selu")(x)
x = layers.Dense(8)(x)
x = layers.Activation("softplus")(x)
outputs = layers.Dense(4, activation=keras.activations.hard_sigmoid)(x)
model = keras.Model(inputs, outputs)
