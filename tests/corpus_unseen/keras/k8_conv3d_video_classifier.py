"""TensorFlow "Video classification with a 3D convolutional neural network" / Kaggle action-recognition nets:
a Sequential of `Conv3D(..., padding='same', activation='relu')`, `MaxPooling3D(pool_size=(1, 2, 2))` (no
temporal pooling first), BatchNormalization, `MaxPool3D((2, 2, 2))`, Flatten, Dense."""
# pivot-corpus: name=model input_shape=2,4,16,16,3
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Conv3D(8, kernel_size=(3, 3, 3), padding="same", activation="relu",
                           input_shape=(4, 16, 16, 3)),
    tf.keras.layers.MaxPooling3D(pool_size=(1, 2, 2)),
    tf.keras.layers.BatchNormalization(),
    tf.keras.layers.Conv3D(16, (3, 3, 3), padding="same", activation="relu"),
    tf.keras.layers.MaxPool3D((2, 2, 2)),
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(32, activation="relu"),
    tf.keras.layers.Dense(5),
])
