"""Video-classification blog style (machinelearningmastery "CNN LSTM"): TimeDistributed(Conv2D),
TimeDistributed(MaxPooling2D), TimeDistributed(Flatten) over frames, then an LSTM and a softmax Dense, built in a
Sequential with `model.add` and `input_shape=` on the first wrapper."""
# pivot-corpus: name=model input_shape=2,4,16,16,1
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Conv2D, MaxPooling2D, Flatten, LSTM, Dense, TimeDistributed

model = Sequential()
model.add(TimeDistributed(Conv2D(8, (3, 3), activation='relu'), input_shape=(None, 16, 16, 1)))
model.add(TimeDistributed(MaxPooling2D(pool_size=(2, 2))))
model.add(TimeDistributed(Flatten()))
model.add(LSTM(16))
model.add(Dense(3, activation='softmax'))
