"""keras.io "Timeseries anomaly detection using an Autoencoder": Sequential of strided Conv1D and Conv1DTranspose."""
# pivot-corpus: name=model input_shape=2,48,1
import keras
from keras import layers

TIME_STEPS = 48

model = keras.Sequential(
    [
        layers.Input(shape=(TIME_STEPS, 1)),
        layers.Conv1D(
            filters=16, kernel_size=7, padding="same", strides=2, activation="relu"
        ),
        layers.Dropout(rate=0.2),
        layers.Conv1D(
            filters=8, kernel_size=7, padding="same", strides=2, activation="relu"
        ),
        layers.Conv1DTranspose(
            filters=8, kernel_size=7, padding="same", strides=2, activation="relu"
        ),
        layers.Dropout(rate=0.2),
        layers.Conv1DTranspose(
            filters=16, kernel_size=7, padding="same", strides=2, activation="relu"
        ),
        layers.Conv1DTranspose(filters=1, kernel_size=7, padding="same"),
    ]
)
