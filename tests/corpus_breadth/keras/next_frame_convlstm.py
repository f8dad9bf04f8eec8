"""keras.io's next-frame video prediction: stacked ConvLSTM2D layers (return_sequences, padding="same",
activation="relu") with BatchNormalization between them and a Conv3D over (time, height, width) producing the
next frames. PyTorch gets a `ConvLSTM2d` module written by Pivot (Keras's gates and weights); the frames are a
channels-first volume (N, C, T, H, W) there."""
# pivot-corpus: name=build_next_frame_model input_shape=2,4,8,8,1 input_dtype=float32
import keras
from keras import layers


def build_next_frame_model(frames=4, size=8, filters=8):
    inp = layers.Input(shape=(frames, size, size, 1))
    x = layers.ConvLSTM2D(filters=filters, kernel_size=(5, 5), padding="same", return_sequences=True,
                          activation="relu")(inp)
    x = layers.BatchNormalization()(x)
    x = layers.ConvLSTM2D(filters=filters, kernel_size=(3, 3), padding="same", return_sequences=True,
                          activation="relu")(x)
    x = layers.BatchNormalization()(x)
    x = layers.ConvLSTM2D(filters=filters, kernel_size=(1, 1), padding="same", return_sequences=True,
                          activation="relu")(x)
    x = layers.Conv3D(filters=1, kernel_size=(3, 3, 3), activation="sigmoid", padding="same")(x)
    return keras.Model(inp, x)
