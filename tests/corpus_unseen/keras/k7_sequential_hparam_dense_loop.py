"""Keras Tuner / Kaggle MLP builder style: `def build_model(n_hidden=2, n_neurons=30, input_shape=[8])` from
Géron ch. 10 (`model = keras.models.Sequential()`, `model.add(keras.layers.InputLayer(input_shape=...))`,
`for layer in range(n_hidden): model.add(keras.layers.Dense(n_neurons, activation="relu"))`), here with a
BatchNormalization and an `Activation` per layer and a kernel_regularizer of `keras.regularizers.l2(0.01)`."""
# pivot-corpus: name=build_model input_shape=4,8
from tensorflow import keras


def build_model(n_hidden=3, n_neurons=24, input_shape=[8]):
    model = keras.models.Sequential()
    model.add(keras.layers.InputLayer(shape=input_shape))
    for layer in range(n_hidden):
        model.add(keras.layers.Dense(n_neurons, kernel_regularizer=keras.regularizers.l2(0.01)))
        model.add(keras.layers.BatchNormalization())
        model.add(keras.layers.Activation("relu"))
    model.add(keras.layers.Dense(1))
    return model


model = build_model()
