"""LeNet-5 as written in Keras tutorials (e.g. "LeNet-5 in 9 lines of code using Keras", Kaggle LeNet notebooks):
`Conv2D(6, kernel_size=(5, 5), activation='tanh', input_shape=(32, 32, 1))`, `AveragePooling2D(pool_size=(2, 2))`,
`Conv2D(16, (5, 5), activation='tanh')`, `AveragePooling2D(pool_size=(2, 2))`, Flatten, `Dense(120, activation='tanh')`,
`Dense(84, activation='tanh')`, `Dense(10, activation='softmax')`."""
# pivot-corpus: name=model input_shape=2,32,32,1
import keras
from keras.models import Sequential
from keras import layers

model = keras.Sequential()
model.add(layers.Conv2D(filters=6, kernel_size=(5, 5), activation='tanh', input_shape=(32, 32, 1)))
model.add(layers.AveragePooling2D(pool_size=(2, 2)))
model.add(layers.Conv2D(filters=16, kernel_size=(5, 5), activation='tanh'))
model.add(layers.AveragePooling2D(pool_size=(2, 2)))
model.add(layers.Flatten())
model.add(layers.Dense(units=120, activation='tanh'))
model.add(layers.Dense(units=84, activation='tanh'))
model.add(layers.Dense(units=10, activation='softmax'))
