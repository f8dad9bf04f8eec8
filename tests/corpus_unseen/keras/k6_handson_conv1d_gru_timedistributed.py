"""Hands-On ML 2nd ed. ch. 15 "Using 1D convolutional layers to process sequences": Sequential of
Conv1D(filters=20, kernel_size=4, strides=2, padding="valid", input_shape=[None, 1]), two GRU(20,
return_sequences=True) and `keras.layers.TimeDistributed(keras.layers.Dense(10))`."""
# pivot-corpus: name=model input_shape=2,50,1
from tensorflow import keras

model = keras.models.Sequential([
    keras.layers.Conv1D(filters=20, kernel_size=4, strides=2, padding="valid",
                        input_shape=[None, 1]),
    keras.layers.GRU(20, return_sequences=True),
    keras.layers.GRU(20, return_sequences=True),
    keras.layers.TimeDistributed(keras.layers.Dense(10))
])
