"""uk6 (k5_resnet_layers_add): a value a builder loop's pass updates is read by the next pass, as in Python
(`width = width * 2` of a parameter, `filters *= 2` of a local, `strides = 2` under an `if` on the loop variables
decided per pass): each pass's layers were read with the value before the loop (Linear(4, 4) for Dense(8): exit 0
and no model), and `filters *= 2` was dropped."""
# pivot-corpus: name=build input_shape=2,8,8,3 input_dtype=float32
import keras
from keras import layers


def build(width=4, blocks=2, depth=14):
    inputs = keras.Input(shape=(8, 8, 3))
    x = inputs
    filters = 4
    for stage in range(2):
        for block in range(int((depth - 2) / 6)):
            strides = 1
            if stage > 0 and block == 0:
                strides = 2
            x = layers.Conv2D(filters, 3, strides=strides, padding="same", activation="relu")(x)
        filters *= 2
    x = layers.GlobalAveragePooling2D()(x)
    for _ in range(blocks):
        x = layers.Dense(width, activation="relu")(x)
        width = width * 2
    return keras.Model(inputs, layers.Dense(2)(x))
