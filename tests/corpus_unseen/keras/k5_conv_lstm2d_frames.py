"""keras.io "Next-frame video prediction with convolutional LSTMs": ConvLSTM2D(return_sequences=True,
activation="relu") layers with BatchNormalization between, then a Conv3D(1, (3, 3, 3), activation="sigmoid",
padding="same")."""
# pivot-corpus: name=model input_shape=2,3,12,12,1
import keras
from keras import layers

inp = layers.Input(shape=(None, 12, 12, 1))
x = layers.ConvLSTM2D(filters=8, kernel_size=(5, 5), padding="same", return_sequences=True,
                      activation="relu")(inp)
x = layers.BatchNormalization()(x)
x = layers.ConvLSTM2D(filters=8, kernel_size=(3, 3), padding="same", return_sequences=True,
                      activation="relu")(x)
x = layers.Conv3D(filters=1, kernel_size=(3, 3, 3), activation="sigmoid", padding="same")(x)
model = keras.models.Model(inp, x)
