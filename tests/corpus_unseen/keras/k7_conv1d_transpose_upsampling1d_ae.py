"""A 1-D convolutional autoencoder for signals (Kaggle ECG / vibration notebooks): Conv1D + MaxPooling1D
encoder, then a decoder mixing `layers.UpSampling1D(2)` + Conv1D with `layers.Conv1DTranspose(filters,
kernel_size=3, strides=2, padding="same")`, and a linear Conv1D output of one channel."""
# pivot-corpus: name=model input_shape=2,32,1
from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(32, 1))
x = layers.Conv1D(16, 5, padding="same", activation="relu")(inputs)
x = layers.MaxPooling1D(2, padding="same")(x)
x = layers.Conv1D(8, 5, padding="same", activation="relu")(x)
encoded = layers.MaxPooling1D(2, padding="same")(x)

x = layers.Conv1DTranspose(8, kernel_size=3, strides=2, padding="same", activation="relu")(encoded)
x = layers.UpSampling1D(2)(x)
x = layers.Conv1D(16, 5, padding="same", activation="relu")(x)
decoded = layers.Conv1D(1, 3, padding="same")(x)
model = keras.Model(inputs, decoded)
