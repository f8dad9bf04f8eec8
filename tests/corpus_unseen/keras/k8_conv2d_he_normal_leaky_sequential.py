"""Kaggle "Digit Recognizer" CNN kernels: `Conv2D(..., kernel_initializer='he_normal')`,
`layers.LeakyReLU(alpha=0.1)`, BatchNormalization, `MaxPool2D(pool_size=(2, 2), strides=(2, 2))`,
`Dropout(0.25)`, Flatten, `Dense(10, activation=tf.nn.softmax)`."""
# pivot-corpus: name=model input_shape=2,28,28,1
import tensorflow as tf
from tensorflow.keras.layers import BatchNormalization, Conv2D, Dense, Dropout, Flatten, LeakyReLU, MaxPool2D
from tensorflow.keras.models import Sequential

model = Sequential()
model.add(Conv2D(8, kernel_size=(3, 3), kernel_initializer="he_normal", input_shape=(28, 28, 1)))
model.add(LeakyReLU(alpha=0.1))
model.add(BatchNormalization())
model.add(MaxPool2D(pool_size=(2, 2), strides=(2, 2)))
model.add(Dropout(0.25))
model.add(Conv2D(16, (3, 3), kernel_initializer="he_normal", padding="same"))
model.add(LeakyReLU(alpha=0.1))
model.add(MaxPool2D(pool_size=(2, 2)))
model.add(Flatten())
model.add(Dense(32, kernel_initializer="he_normal", activation=tf.nn.relu))
model.add(Dense(10, activation=tf.nn.softmax))
