"""keras.io-style speaker recognition (Conv1D residual blocks): a builder loop inside a functional block
whose count is a block parameter, blocks of different widths, the activation passed as a value."""
# pivot-corpus: name=build_model input_shape=2,64,1
import keras
from keras import layers


def residual_block(x, filters, conv_num=3, activation="relu"):
    s = layers.Conv1D(filters, 1, padding="same")(x)
    for i in range(conv_num - 1):
        x = layers.Conv1D(filters, 3, padding="same")(x)
        x = layers.Activation(activation)(x)
    x = layers.Conv1D(filters, 3, padding="same")(x)
    x = layers.Add()([x, s])
    x = layers.Activation(activation)(x)
    return layers.MaxPool1D(pool_size=2, strides=2)(x)


def build_model(num_classes=5):
    inputs = keras.Input(shape=(64, 1), name="input")
    x = residual_block(inputs, 8, 2)
    x = residual_block(x, 16, 2)
    x = residual_block(x, 16, 3, activation="tanh")
    x = layers.AveragePooling1D(pool_size=2, strides=2)(x)
    x = layers.Flatten()(x)
    x = layers.Dense(32, activation="relu")(x)
    outputs = layers.Dense(num_classes, activation="softmax", name="output")(x)
    return keras.Model(inputs=inputs, outputs=outputs)
