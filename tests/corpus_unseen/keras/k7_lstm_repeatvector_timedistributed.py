"""Machine Learning Mastery "How to Develop LSTM Models for Multi-Step Time Series Forecasting" encoder-decoder
model: `model.add(LSTM(200, activation='relu', input_shape=(n_timesteps, n_features)))`,
`model.add(RepeatVector(n_outputs))`, `model.add(LSTM(200, activation='relu', return_sequences=True))`,
`model.add(TimeDistributed(Dense(100, activation='relu')))`, `model.add(TimeDistributed(Dense(1)))`."""
# pivot-corpus: name=model input_shape=2,14,3
from keras.models import Sequential
from keras.layers import Dense, LSTM, RepeatVector, TimeDistributed

n_timesteps, n_features, n_outputs = 14, 3, 7

model = Sequential()
model.add(LSTM(20, activation='relu', input_shape=(n_timesteps, n_features)))
model.add(RepeatVector(n_outputs))
model.add(LSTM(20, activation='relu', return_sequences=True))
model.add(TimeDistributed(Dense(10, activation='relu')))
model.add(TimeDistributed(Dense(1)))
