"""AlexNet in Keras as in "Implementing AlexNet CNN Architecture Using TensorFlow 2.0+ and Keras" (Towards Data
Science) and Kaggle copies, scaled down: `keras.layers.Conv2D(filters=96, kernel_size=(11,11), strides=(4,4),
activation='relu', input_shape=...)`, BatchNormalization after each conv, `MaxPool2D(pool_size=(3,3),
strides=(2,2))`, three 3x3 convs, Flatten, two Dense(4096)-style layers with Dropout(0.5), softmax."""
# pivot-corpus: name=model input_shape=2,67,67,3
from tensorflow import keras

model = keras.models.Sequential([
    keras.layers.Conv2D(filters=24, kernel_size=(11, 11), strides=(4, 4), activation='relu', input_shape=(67, 67, 3)),
    keras.layers.BatchNormalization(),
    keras.layers.MaxPool2D(pool_size=(3, 3), strides=(2, 2)),
    keras.layers.Conv2D(filters=32, kernel_size=(5, 5), strides=(1, 1), activation='relu', padding="same"),
    keras.layers.BatchNormalization(),
    keras.layers.MaxPool2D(pool_size=(3, 3), strides=(2, 2)),
    keras.layers.Conv2D(filters=48, kernel_size=(3, 3), strides=(1, 1), activation='relu', padding="same"),
    keras.layers.BatchNormalization(),
    keras.layers.Conv2D(filters=48, kernel_size=(3, 3), strides=(1, 1), activation='relu', padding="same"),
    keras.layers.BatchNormalization(),
    keras.layers.Conv2D(filters=32, kernel_size=(3, 3), strides=(1, 1), activation='relu', padding="same"),
    keras.layers.BatchNormalization(),
    keras.layers.MaxPool2D(pool_size=(3, 3), strides=(2, 2), padding="same"),
    keras.layers.Flatten(),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dropout(0.5),
    keras.layers.Dense(64, activation='relu'),
    keras.layers.Dropout(0.5),
    keras.layers.Dense(10, activation='softmax')
])
