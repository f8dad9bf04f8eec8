"""Course-notebook style: Dense and Conv2D with kernel_initializer="he_normal", bias_initializer="zeros",
kernel_regularizer=keras.regularizers.l2(1e-4), bias_regularizer and activity_regularizer=l1, tf.keras spelling."""
# pivot-corpus: name=model input_shape=2,16,16,3
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

model = keras.Sequential([
    layers.Conv2D(8, 3, padding="same", activation="relu", kernel_initializer="he_normal",
                  kernel_regularizer=keras.regularizers.l2(1e-4), input_shape=(16, 16, 3)),
    layers.MaxPooling2D(),
    layers.Conv2D(16, 3, activation="relu", kernel_initializer=keras.initializers.HeUniform(),
                  bias_initializer="zeros", bias_regularizer=keras.regularizers.l2(1e-4)),
    layers.GlobalAveragePooling2D(),
    layers.Dense(10, kernel_initializer="glorot_uniform", activity_regularizer=keras.regularizers.l1(1e-5)),
])
