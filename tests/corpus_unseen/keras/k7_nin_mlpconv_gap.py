"""Network in Network (Lin et al.) as in d2l.ai's TensorFlow "Network in Network (NiN)" section: `def
nin_block(num_channels, kernel_size, strides, padding)` returns `tf.keras.models.Sequential([Conv2D(...,
activation='relu'), Conv2D(num_channels, kernel_size=1, activation='relu'), Conv2D(num_channels, 1,
activation='relu')])`; the net stacks blocks with MaxPool2D, a Dropout, GlobalAveragePooling2D and a Reshape
to (1, 1, classes) and Flatten."""
# pivot-corpus: name=net input_shape=2,48,48,1
import tensorflow as tf


def nin_block(num_channels, kernel_size, strides, padding):
    return tf.keras.models.Sequential([
        tf.keras.layers.Conv2D(num_channels, kernel_size, strides=strides, padding=padding, activation='relu'),
        tf.keras.layers.Conv2D(num_channels, kernel_size=1, activation='relu'),
        tf.keras.layers.Conv2D(num_channels, kernel_size=1, activation='relu')])


def net():
    return tf.keras.models.Sequential([
        nin_block(16, kernel_size=5, strides=2, padding='valid'),
        tf.keras.layers.MaxPool2D(pool_size=3, strides=2),
        nin_block(24, kernel_size=3, strides=1, padding='same'),
        tf.keras.layers.MaxPool2D(pool_size=3, strides=2),
        tf.keras.layers.Dropout(0.5),
        nin_block(10, kernel_size=3, strides=1, padding='same'),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Reshape((1, 1, 10)),
        tf.keras.layers.Flatten(),
    ])
