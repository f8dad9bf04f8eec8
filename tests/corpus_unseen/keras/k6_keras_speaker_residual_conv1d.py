"""keras.io "Speaker Recognition" build_model (narrower): a residual_block(x, filters, conv_num=3,
activation="relu") helper whose shortcut is `keras.layers.Conv1D(filters, 1, padding="same")(x)`, an inner
`for i in range(conv_num - 1):` loop of Conv1D + Activation, `keras.layers.Add()([x, s])`, MaxPool1D(pool_size=2,
strides=2); AveragePooling1D(pool_size=3, strides=3), Flatten and a softmax head named "output"."""
# pivot-corpus: name=build_model input_shape=2,64,1
import keras


def residual_block(x, filters, conv_num=3, activation="relu"):
    # Shortcut
    s = keras.layers.Conv1D(filters, 1, padding="same")(x)
    for i in range(conv_num - 1):
        x = keras.layers.Conv1D(filters, 3, padding="same")(x)
        x = keras.layers.Activation(activation)(x)
    x = keras.layers.Conv1D(filters, 3, padding="same")(x)
    x = keras.layers.Add()([x, s])
    x = keras.layers.Activation(activation)(x)
    return keras.layers.MaxPool1D(pool_size=2, strides=2)(x)


def build_model(input_shape, num_classes):
    inputs = keras.layers.Input(shape=input_shape, name="input")

    x = residual_block(inputs, 4, 2)
    x = residual_block(x, 8, 2)
    x = residual_block(x, 16, 3)

    x = keras.layers.AveragePooling1D(pool_size=3, strides=3)(x)
    x = keras.layers.Flatten()(x)
    x = keras.layers.Dense(32, activation="relu")(x)
    x = keras.layers.Dense(16, activation="relu")(x)

    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output")(x)

    return keras.models.Model(inputs=inputs, outputs=outputs)


model = build_model((64, 1), 5)
