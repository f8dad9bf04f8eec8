"""keras.io "sequence to sequence learning for performing number addition": an LSTM encoder, RepeatVector,
an LSTM decoder returning sequences and a Dense softmax over each step."""
# pivot-corpus: name=model input_shape=2,7,12
import keras
from keras import layers

MAXLEN, DIGITS, CHARS = 7, 3, 12

model = keras.Sequential()
model.add(layers.Input((MAXLEN, CHARS)))
model.add(layers.LSTM(32))
model.add(layers.RepeatVector(DIGITS + 1))
model.add(layers.LSTM(32, return_sequences=True))
model.add(layers.Dense(CHARS, activation="softmax"))
