"""A common Kaggle / Stack Overflow pattern ("how to build a CNN with a variable number of conv layers"): a
`Sequential()` filled by `.add()` in a `for i in range(n_layers)` loop where the first layer alone gets
`input_shape=`, `if i == 0: model.add(Conv2D(..., input_shape=...)) else: model.add(Conv2D(...))`, a pooling
layer every iteration, then Flatten and Dense layers from a list of unit counts."""
# pivot-corpus: name=build_cnn input_shape=2,28,28,1
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Conv2D, MaxPooling2D, Flatten, Dense, Dropout


def build_cnn(n_layers=3, filters=(16, 32, 32), dense_units=(64, 32), input_shape=(28, 28, 1)):
    model = Sequential()
    for i in range(n_layers):
        if i == 0:
            model.add(Conv2D(filters[i], (3, 3), activation='relu', padding='same', input_shape=input_shape))
        else:
            model.add(Conv2D(filters[i], (3, 3), activation='relu', padding='same'))
        model.add(MaxPooling2D((2, 2)))
    model.add(Flatten())
    for units in dense_units:
        model.add(Dense(units, activation='relu'))
        model.add(Dropout(0.25))
    model.add(Dense(10, activation='softmax'))
    return model


model = build_cnn()
