"""keras.io "3D image classification from CT scans" get_model (narrower, 16^3 volumes): Conv3D, MaxPool3D,
BatchNormalization, GlobalAveragePooling3D, Dense, Dropout, a sigmoid unit."""
# pivot-corpus: name=get_model input_shape=1,16,16,16,1
import keras
from keras import layers


def get_model(width=16, height=16, depth=16):
    inputs = keras.Input((width, height, depth, 1))

    x = layers.Conv3D(filters=8, kernel_size=3, activation="relu")(inputs)
    x = layers.MaxPool3D(pool_size=2)(x)
    x = layers.BatchNormalization()(x)

    x = layers.Conv3D(filters=16, kernel_size=3, activation="relu")(x)
    x = layers.MaxPool3D(pool_size=2)(x)
    x = layers.BatchNormalization()(x)

    x = layers.GlobalAveragePooling3D()(x)
    x = layers.Dense(units=16, activation="relu")(x)
    x = layers.Dropout(0.3)(x)

    outputs = layers.Dense(units=1, activation="sigmoid")(x)

    model = keras.Model(inputs, outputs, name="3dcnn")
    return model
