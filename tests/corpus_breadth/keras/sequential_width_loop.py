"""keras.io-style image classifier built in loops: a Sequential grown by `model.add` over a literal list of
widths (blocks of different widths), a `range` of a builder constant, the activation passed as a value and
the convolution arguments unpacked from a module-level dict."""
# pivot-corpus: name=make_model input_shape=2,32,32,3
import keras
from keras import layers

CONV_ARGS = {"kernel_size": 3, "padding": "same", "kernel_initializer": "he_normal"}


def make_model(num_classes=10):
    activation = "relu"
    depth = 2
    model = keras.Sequential()
    model.add(keras.Input(shape=(32, 32, 3)))
    model.add(layers.Rescaling(1.0 / 255))
    for filters in [8, 16, 32]:
        for _ in range(depth):
            model.add(layers.Conv2D(filters, activation=activation, **CONV_ARGS))
        model.add(layers.BatchNormalization())
        model.add(layers.MaxPooling2D())
    model.add(layers.GlobalAveragePooling2D())
    model.add(layers.Dense(num_classes, activation="softmax"))
    return model
