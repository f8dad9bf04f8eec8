"""A 1-D CNN for multichannel time series; input is (batch, steps, channels)."""
# pivot-corpus: name=build_signal_cnn input_shape=2,64,4
import keras
from keras import layers


def build_signal_cnn(num_classes=5):
    inputs = keras.Input(shape=(64, 4))
    x = layers.Conv1D(16, kernel_size=5, padding="same")(inputs)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("relu")(x)
    x = layers.MaxPooling1D(pool_size=2)(x)                     # 32 steps
    x = layers.Conv1D(32, 3, padding="same", dilation_rate=2, activation="elu")(x)
    x = layers.AveragePooling1D(pool_size=2)(x)                 # 16 steps
    x = layers.Conv1D(32, 3, activation="relu")(x)              # 14 steps
    x = layers.GlobalAveragePooling1D()(x)
    outputs = layers.Dense(num_classes, activation="softmax")(x)
    return keras.Model(inputs, outputs)
