"""Deep Learning with Python (1st ed.), listing 6.7 "Using an Embedding layer and classifier on the IMDB data":
`model.add(Embedding(10000, 8, input_length=maxlen))`, `model.add(Flatten())`, `model.add(Dense(1,
activation='sigmoid'))` (Keras 2 spellings: `from keras.layers import Flatten, Dense, Embedding`)."""
# pivot-corpus: name=model input_shape=2,20 input_dtype=int64
from keras.models import Sequential
from keras.layers import Flatten, Dense, Embedding

maxlen = 20

model = Sequential()
model.add(Embedding(1000, 8, input_length=maxlen))
model.add(Flatten())
model.add(Dense(16, activation='relu'))
model.add(Dense(1, activation='sigmoid'))
