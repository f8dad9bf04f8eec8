"""uk6 (k5_cnn_lstm_timedistributed): the input shape declared on a wrapper layer
(`TimeDistributed(Flatten(), input_shape=(5, 4, 3))`) is the model's: the LSTM after it gets its input size (was
PIV105: the LSTM's input size unknown)."""
# pivot-corpus: name=model input_shape=2,5,4,3 input_dtype=float32
import keras
from keras import layers

model = keras.Sequential([
    layers.TimeDistributed(layers.Flatten(), input_shape=(5, 4, 3)),
    layers.LSTM(4),
    layers.Dense(2),
])
