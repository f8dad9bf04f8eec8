"""keras.io "DCGAN to generate face images" / "Conditional GAN" discriminator: keras.Sequential with
keras.Input first, Conv2D(strides=2, padding="same") + LeakyReLU(alpha=0.2) (Keras-2 keyword), GlobalMaxPooling2D,
Dense(1)."""
# pivot-corpus: name=discriminator input_shape=2,28,28,3
from tensorflow import keras
from tensorflow.keras import layers

discriminator = keras.Sequential(
    [
        keras.Input(shape=(28, 28, 3)),
        layers.Conv2D(16, (3, 3), strides=(2, 2), padding="same"),
        layers.LeakyReLU(alpha=0.2),
        layers.Conv2D(32, (3, 3), strides=(2, 2), padding="same"),
        layers.LeakyReLU(alpha=0.2),
        layers.GlobalMaxPooling2D(),
        layers.Dense(1),
    ],
    name="discriminator",
)
