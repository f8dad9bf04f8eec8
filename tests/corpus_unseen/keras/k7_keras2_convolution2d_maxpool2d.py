"""Keras 1/2-era MNIST CNN as in countless blog posts ("from keras.layers import Convolution2D, MaxPool2D"):
the long spellings `Convolution2D` and `MaxPool2D`, `Activation('relu')` layers after each conv rather than
`activation=`, `Dropout`, `Flatten`, `Dense(128)` + `Activation('relu')` and a softmax head."""
# pivot-corpus: name=model input_shape=2,28,28,1
from keras.models import Sequential
from keras.layers import Dense, Dropout, Activation, Flatten
from keras.layers import Convolution2D, MaxPool2D

nb_filters = 16
kernel_size = (3, 3)
pool_size = (2, 2)
nb_classes = 10

model = Sequential()
model.add(Convolution2D(nb_filters, kernel_size, padding='valid', input_shape=(28, 28, 1)))
model.add(Activation('relu'))
model.add(Convolution2D(nb_filters, kernel_size))
model.add(Activation('relu'))
model.add(MaxPool2D(pool_size=pool_size))
model.add(Dropout(0.25))
model.add(Flatten())
model.add(Dense(64))
model.add(Activation('relu'))
model.add(Dropout(0.5))
model.add(Dense(nb_classes))
model.add(Activation('softmax'))
