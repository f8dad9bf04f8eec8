"""tensorflow.org "Convolutional Neural Network (CNN)" tutorial: `from tensorflow.keras import layers, models`,
models.Sequential() grown with model.add, input_shape on the first Conv2D, Flatten, Dense."""
# pivot-corpus: name=model input_shape=2,32,32,3
import tensorflow as tf
from tensorflow.keras import layers, models

model = models.Sequential()
model.add(layers.Conv2D(32, (3, 3), activation='relu', input_shape=(32, 32, 3)))
model.add(layers.MaxPooling2D((2, 2)))
model.add(layers.Conv2D(64, (3, 3), activation='relu'))
model.add(layers.MaxPooling2D((2, 2)))
model.add(layers.Conv2D(64, (3, 3), activation='relu'))
model.add(layers.Flatten())
model.add(layers.Dense(64, activation='relu'))
model.add(layers.Dense(10))
