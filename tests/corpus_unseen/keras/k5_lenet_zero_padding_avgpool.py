"""LeNet-5 as in Kaggle "LeNet in Keras" notebooks: Sequential with `input_shape=` on the first Conv2D
(activation='tanh'), AveragePooling2D(pool_size=2, strides=2), ZeroPadding2D, Flatten and tanh Dense layers."""
# pivot-corpus: name=model input_shape=2,28,28,1
from keras.models import Sequential
from keras.layers import Conv2D, AveragePooling2D, Flatten, Dense, ZeroPadding2D

model = Sequential()
model.add(ZeroPadding2D(padding=(2, 2), input_shape=(28, 28, 1)))
model.add(Conv2D(filters=6, kernel_size=(5, 5), strides=(1, 1), activation='tanh'))
model.add(AveragePooling2D(pool_size=(2, 2), strides=(2, 2)))
model.add(Conv2D(filters=16, kernel_size=(5, 5), strides=(1, 1), activation='tanh'))
model.add(AveragePooling2D(pool_size=(2, 2), strides=(2, 2)))
model.add(Flatten())
model.add(Dense(units=120, activation='tanh'))
model.add(Dense(units=84, activation='tanh'))
model.add(Dense(units=10, activation='softmax'))
