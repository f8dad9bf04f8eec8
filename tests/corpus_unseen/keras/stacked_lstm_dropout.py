"""Stock-price tutorial style: stacked LSTM(units=..., return_sequences=True, dropout=0.2,
recurrent_dropout=0.2) with Dropout layers between, keras.layers names spelled from `keras.layers`."""
# pivot-corpus: name=regressor input_shape=2,20,1
import keras

regressor = keras.models.Sequential()
regressor.add(keras.layers.Input(shape=(20, 1)))
regressor.add(keras.layers.LSTM(units=16, return_sequences=True, dropout=0.2, recurrent_dropout=0.2))
regressor.add(keras.layers.Dropout(0.2))
regressor.add(keras.layers.LSTM(units=16))
regressor.add(keras.layers.Dropout(0.2))
regressor.add(keras.layers.Dense(units=1))
