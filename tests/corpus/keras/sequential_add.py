"""A CNN built incrementally with keras.Sequential() and model.add()."""
# pivot-corpus: name=build_model input_shape=2,28,28,1
from tensorflow import keras
from tensorflow.keras import layers


def build_model(num_classes=10):
    model = keras.Sequential(name="digits_cnn")
    model.add(keras.Input(shape=(28, 28, 1)))
    model.add(layers.Conv2D(32, 3, activation="relu"))
    model.add(layers.Conv2D(32, 3, activation="relu"))
    model.add(layers.MaxPooling2D(pool_size=(2, 2)))
    model.add(layers.Dropout(0.25))
    model.add(layers.Conv2D(64, 3, padding="same", activation="relu"))
    model.add(layers.GlobalAveragePooling2D())
    model.add(layers.Dense(128, activation="relu"))
    model.add(layers.Dropout(0.5))
    model.add(layers.Dense(num_classes, activation="softmax"))
    return model
