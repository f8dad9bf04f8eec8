"""machinelearningmastery "LSTM autoencoder" style: Sequential LSTM encoder, RepeatVector(n_steps), LSTM decoder
with return_sequences=True, TimeDistributed(Dense(n_features))."""
# pivot-corpus: name=model input_shape=2,9,3
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import LSTM, RepeatVector, TimeDistributed, Dense

n_steps = 9
n_features = 3

model = Sequential()
model.add(LSTM(16, activation="relu", input_shape=(n_steps, n_features)))
model.add(RepeatVector(n_steps))
model.add(LSTM(16, activation="relu", return_sequences=True))
model.add(TimeDistributed(Dense(n_features)))
