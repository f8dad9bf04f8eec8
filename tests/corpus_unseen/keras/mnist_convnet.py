"""keras.io "Simple MNIST convnet": keras.Sequential([...]) of keras.Input(shape=input_shape), Conv2D with
kernel_size=(3, 3), MaxPooling2D(pool_size=(2, 2)), Flatten, Dropout(0.5), softmax Dense (narrower)."""
# pivot-corpus: name=model input_shape=2,28,28,1
import keras
from keras import layers

num_classes = 10
input_shape = (28, 28, 1)

model = keras.Sequential(
    [
        keras.Input(shape=input_shape),
        layers.Conv2D(16, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Flatten(),
        layers.Dropout(0.5),
        layers.Dense(num_classes, activation="softmax"),
    ]
)
