"""keras.io "Timeseries forecasting for weather prediction": Input sized from a batch's shape, LSTM(32), Dense(1)."""
# pivot-corpus: name=model input_shape=2,12,7
import numpy as np
import keras

inputs_batch = np.zeros((4, 12, 7), dtype="float32")  # one batch of the windowed dataset

inputs = keras.layers.Input(shape=(inputs_batch.shape[1], inputs_batch.shape[2]))
lstm_out = keras.layers.LSTM(32)(inputs)
outputs = keras.layers.Dense(1)(lstm_out)

model = keras.Model(inputs=inputs, outputs=outputs)
