"""tensorflow.org "Deep Convolutional Generative Adversarial Network" make_discriminator_model(): Conv2D(64, (5, 5),
strides=(2, 2), padding='same', input_shape=[28, 28, 1]), LeakyReLU(), Dropout(0.3), a second block, Flatten,
Dense(1) (narrower)."""
# pivot-corpus: name=make_discriminator_model input_shape=2,28,28,1
import tensorflow as tf
from tensorflow.keras import layers


def make_discriminator_model():
    model = tf.keras.Sequential()
    model.add(layers.Conv2D(16, (5, 5), strides=(2, 2), padding='same',
                            input_shape=[28, 28, 1]))
    model.add(layers.LeakyReLU())
    model.add(layers.Dropout(0.3))

    model.add(layers.Conv2D(32, (5, 5), strides=(2, 2), padding='same'))
    model.add(layers.LeakyReLU())
    model.add(layers.Dropout(0.3))

    model.add(layers.Flatten())
    model.add(layers.Dense(1))

    return model
