"""keras.io "The Functional API" guide, "All models are callable, just like layers": an `encoder =
keras.Model(encoder_input, encoder_output, name="encoder")` (Conv2D, MaxPooling2D, GlobalMaxPooling2D), a
`decoder = keras.Model(decoder_input, decoder_output, name="decoder")` (Reshape, Conv2DTranspose,
UpSampling2D), and `autoencoder = keras.Model(autoencoder_input, decoder(encoder(autoencoder_input)))`."""
# pivot-corpus: name=autoencoder input_shape=2,28,28,1
import keras
from keras import layers

encoder_input = keras.Input(shape=(28, 28, 1), name="original_img")
x = layers.Conv2D(8, 3, activation="relu")(encoder_input)
x = layers.Conv2D(16, 3, activation="relu")(x)
x = layers.MaxPooling2D(3)(x)
x = layers.Conv2D(16, 3, activation="relu")(x)
x = layers.Conv2D(16, 3, activation="relu")(x)
encoder_output = layers.GlobalMaxPooling2D()(x)

encoder = keras.Model(encoder_input, encoder_output, name="encoder")

decoder_input = keras.Input(shape=(16,), name="encoded_img")
x = layers.Reshape((4, 4, 1))(decoder_input)
x = layers.Conv2DTranspose(16, 3, activation="relu")(x)
x = layers.Conv2DTranspose(32, 3, activation="relu")(x)
x = layers.UpSampling2D(3)(x)
x = layers.Conv2DTranspose(16, 3, activation="relu")(x)
decoder_output = layers.Conv2DTranspose(1, 3, activation="relu")(x)

decoder = keras.Model(decoder_input, decoder_output, name="decoder")

autoencoder_input = keras.Input(shape=(28, 28, 1), name="img")
encoded_img = encoder(autoencoder_input)
decoded_img = decoder(encoded_img)
autoencoder = keras.Model(autoencoder_input, decoded_img, name="autoencoder")
